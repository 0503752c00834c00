from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotSendMessageForm")


@_attrs_define
class BotSendMessageForm:
    """sendMessage parameters.

    Attributes:
        conversation_uuid (UUID): Existing conversation.
        text (str | Unset): Message text (text or payload).
        payload (str | Unset): Attachments as JSON text, e.g. `[{"type":"photo","file_id":123}]`.
    """

    conversation_uuid: UUID
    text: str | Unset = UNSET
    payload: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_uuid = str(self.conversation_uuid)

        text = self.text

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_uuid": conversation_uuid,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_uuid = UUID(d.pop("conversation_uuid"))

        text = d.pop("text", UNSET)

        payload = d.pop("payload", UNSET)

        bot_send_message_form = cls(
            conversation_uuid=conversation_uuid,
            text=text,
            payload=payload,
        )

        bot_send_message_form.additional_properties = d
        return bot_send_message_form

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
