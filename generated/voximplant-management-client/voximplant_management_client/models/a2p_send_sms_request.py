from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="A2PSendSmsRequest")


@_attrs_define
class A2PSendSmsRequest:
    """
    Attributes:
        dst_numbers (str): The destination phone numbers separated by semicolons (;). The maximum number of these phone
            numbers is 100
        src_number (str): The SenderID for outgoing SMS. Please contact support for installing a SenderID
        text (str): The message text, up to 1600 characters. We split long messages greater than 160 GSM-7 characters or
            70 UTF-16 characters into multiple segments. Each segment is charged as one message
        store_body (bool | Unset): Whether to store outgoing message texts. Default value is false
    """

    dst_numbers: str
    src_number: str
    text: str
    store_body: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dst_numbers = self.dst_numbers

        src_number = self.src_number

        text = self.text

        store_body = self.store_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dst_numbers": dst_numbers,
                "src_number": src_number,
                "text": text,
            }
        )
        if store_body is not UNSET:
            field_dict["store_body"] = store_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dst_numbers = d.pop("dst_numbers")

        src_number = d.pop("src_number")

        text = d.pop("text")

        store_body = d.pop("store_body", UNSET)

        a2p_send_sms_request = cls(
            dst_numbers=dst_numbers,
            src_number=src_number,
            text=text,
            store_body=store_body,
        )

        a2p_send_sms_request.additional_properties = d
        return a2p_send_sms_request

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
