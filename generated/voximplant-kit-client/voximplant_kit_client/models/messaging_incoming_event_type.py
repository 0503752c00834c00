from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messaging_incoming_event_type_event_type import MessagingIncomingEventTypeEventType

if TYPE_CHECKING:
    from ..models.messaging_incoming_event_type_client_data import MessagingIncomingEventTypeClientData
    from ..models.messaging_incoming_event_type_event_data import MessagingIncomingEventTypeEventData


T = TypeVar("T", bound="MessagingIncomingEventType")


@_attrs_define
class MessagingIncomingEventType:
    """An event from the external channel to Kit.

    Attributes:
        client_data (MessagingIncomingEventTypeClientData): Who writes.
        event_id (str): Event ID, unique per channel.
        event_type (MessagingIncomingEventTypeEventType): Event type; must be send_message.
        event_data (MessagingIncomingEventTypeEventData): Event data.
    """

    client_data: MessagingIncomingEventTypeClientData
    event_id: str
    event_type: MessagingIncomingEventTypeEventType
    event_data: MessagingIncomingEventTypeEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_data = self.client_data.to_dict()

        event_id = self.event_id

        event_type = self.event_type.value

        event_data = self.event_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_data": client_data,
                "event_id": event_id,
                "event_type": event_type,
                "event_data": event_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_incoming_event_type_client_data import MessagingIncomingEventTypeClientData  # noqa: PLC0415
        from ..models.messaging_incoming_event_type_event_data import MessagingIncomingEventTypeEventData  # noqa: PLC0415

        d = dict(src_dict)
        client_data = MessagingIncomingEventTypeClientData.from_dict(d.pop("client_data"))

        event_id = d.pop("event_id")

        event_type = MessagingIncomingEventTypeEventType(d.pop("event_type"))

        event_data = MessagingIncomingEventTypeEventData.from_dict(d.pop("event_data"))

        messaging_incoming_event_type = cls(
            client_data=client_data,
            event_id=event_id,
            event_type=event_type,
            event_data=event_data,
        )

        messaging_incoming_event_type.additional_properties = d
        return messaging_incoming_event_type

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
