from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallgearInboundCallBody")


@_attrs_define
class CallgearInboundCallBody:
    """
    Attributes:
        virtual_phone_number (str):
        contact (str): The caller's number.
    """

    virtual_phone_number: str
    contact: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        virtual_phone_number = self.virtual_phone_number

        contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "virtual_phone_number": virtual_phone_number,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        virtual_phone_number = d.pop("virtual_phone_number")

        contact = d.pop("contact")

        callgear_inbound_call_body = cls(
            virtual_phone_number=virtual_phone_number,
            contact=contact,
        )

        callgear_inbound_call_body.additional_properties = d
        return callgear_inbound_call_body

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
