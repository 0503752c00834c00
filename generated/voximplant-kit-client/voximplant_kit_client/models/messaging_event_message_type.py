from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messaging_event_message_payload_contact import MessagingEventMessagePayloadContact
    from ..models.messaging_event_message_payload_location import MessagingEventMessagePayloadLocation
    from ..models.messaging_event_message_payload_media import MessagingEventMessagePayloadMedia


T = TypeVar("T", bound="MessagingEventMessageType")


@_attrs_define
class MessagingEventMessageType:
    """A message.

    Attributes:
        message_id (str | Unset): Message ID in the external channel.
        text (str | Unset): Message text.
        payload (list[MessagingEventMessagePayloadContact | MessagingEventMessagePayloadLocation |
            MessagingEventMessagePayloadMedia] | Unset): Attachments (the official client's
            AnyOfMessagingEventMessageTypePayloadItems).
    """

    message_id: str | Unset = UNSET
    text: str | Unset = UNSET
    payload: (
        list[
            MessagingEventMessagePayloadContact
            | MessagingEventMessagePayloadLocation
            | MessagingEventMessagePayloadMedia
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messaging_event_message_payload_location import MessagingEventMessagePayloadLocation  # noqa: PLC0415
        from ..models.messaging_event_message_payload_media import MessagingEventMessagePayloadMedia  # noqa: PLC0415

        message_id = self.message_id

        text = self.text

        payload: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = []
            for payload_item_data in self.payload:
                payload_item: dict[str, Any]
                if isinstance(payload_item_data, MessagingEventMessagePayloadMedia):
                    payload_item = payload_item_data.to_dict()
                elif isinstance(payload_item_data, MessagingEventMessagePayloadLocation):
                    payload_item = payload_item_data.to_dict()
                else:
                    payload_item = payload_item_data.to_dict()

                payload.append(payload_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if text is not UNSET:
            field_dict["text"] = text
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_event_message_payload_contact import MessagingEventMessagePayloadContact  # noqa: PLC0415
        from ..models.messaging_event_message_payload_location import MessagingEventMessagePayloadLocation  # noqa: PLC0415
        from ..models.messaging_event_message_payload_media import MessagingEventMessagePayloadMedia  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        text = d.pop("text", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: (
            list[
                MessagingEventMessagePayloadContact
                | MessagingEventMessagePayloadLocation
                | MessagingEventMessagePayloadMedia
            ]
            | Unset
        ) = UNSET
        if _payload is not UNSET:
            payload = []
            for payload_item_data in _payload:

                def _parse_payload_item(
                    data: object,
                ) -> (
                    MessagingEventMessagePayloadContact
                    | MessagingEventMessagePayloadLocation
                    | MessagingEventMessagePayloadMedia
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        payload_item_type_0 = MessagingEventMessagePayloadMedia.from_dict(data)

                        return payload_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        payload_item_type_1 = MessagingEventMessagePayloadLocation.from_dict(data)

                        return payload_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_item_type_2 = MessagingEventMessagePayloadContact.from_dict(data)

                    return payload_item_type_2

                payload_item = _parse_payload_item(payload_item_data)

                payload.append(payload_item)

        messaging_event_message_type = cls(
            message_id=message_id,
            text=text,
            payload=payload,
        )

        messaging_event_message_type.additional_properties = d
        return messaging_event_message_type

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
