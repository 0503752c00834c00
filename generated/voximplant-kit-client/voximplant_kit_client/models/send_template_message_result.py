from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendTemplateMessageResult")


@_attrs_define
class SendTemplateMessageResult:
    """An outbound WhatsApp conversation.

    Attributes:
        conversation_uuid (str): Conversation started.
        message_uuid (str): Message ID.
        incoming_request_id (int | Unset): Incoming request ID (type not recorded by the sources).
    """

    conversation_uuid: str
    message_uuid: str
    incoming_request_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_uuid = self.conversation_uuid

        message_uuid = self.message_uuid

        incoming_request_id = self.incoming_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_uuid": conversation_uuid,
                "message_uuid": message_uuid,
            }
        )
        if incoming_request_id is not UNSET:
            field_dict["incoming_request_id"] = incoming_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_uuid = d.pop("conversation_uuid")

        message_uuid = d.pop("message_uuid")

        incoming_request_id = d.pop("incoming_request_id", UNSET)

        send_template_message_result = cls(
            conversation_uuid=conversation_uuid,
            message_uuid=message_uuid,
            incoming_request_id=incoming_request_id,
        )

        send_template_message_result.additional_properties = d
        return send_template_message_result

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
