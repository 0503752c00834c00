from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendSmsMessageResponse")


@_attrs_define
class SendSmsMessageResponse:
    """
    Attributes:
        fragments_count (int): The number of fragments the message is divided into
        message_id (int): Message ID
        result (int):
    """

    fragments_count: int
    message_id: int
    result: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fragments_count = self.fragments_count

        message_id = self.message_id

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fragments_count": fragments_count,
                "message_id": message_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fragments_count = d.pop("fragments_count")

        message_id = d.pop("message_id")

        result = d.pop("result")

        send_sms_message_response = cls(
            fragments_count=fragments_count,
            message_id=message_id,
            result=result,
        )

        send_sms_message_response.additional_properties = d
        return send_sms_message_response

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
