from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutboundTestPhonenumberInfo")


@_attrs_define
class OutboundTestPhonenumberInfo:
    """
    Attributes:
        country_code (str): The country code
        is_verified (bool): Whether the phone number is verified
        phone_number (str): The personal phone number
    """

    country_code: str
    is_verified: bool
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        is_verified = self.is_verified

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "is_verified": is_verified,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        is_verified = d.pop("is_verified")

        phone_number = d.pop("phone_number")

        outbound_test_phonenumber_info = cls(
            country_code=country_code,
            is_verified=is_verified,
            phone_number=phone_number,
        )

        outbound_test_phonenumber_info.additional_properties = d
        return outbound_test_phonenumber_info

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
