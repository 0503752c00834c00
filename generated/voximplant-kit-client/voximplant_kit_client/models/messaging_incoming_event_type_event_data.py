from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.messaging_event_message_type import MessagingEventMessageType


T = TypeVar("T", bound="MessagingIncomingEventTypeEventData")


@_attrs_define
class MessagingIncomingEventTypeEventData:
    """Event data.

    Attributes:
        message (MessagingEventMessageType): A message.
    """

    message: MessagingEventMessageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_event_message_type import MessagingEventMessageType  # noqa: PLC0415

        d = dict(src_dict)
        message = MessagingEventMessageType.from_dict(d.pop("message"))

        messaging_incoming_event_type_event_data = cls(
            message=message,
        )

        messaging_incoming_event_type_event_data.additional_properties = d
        return messaging_incoming_event_type_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
