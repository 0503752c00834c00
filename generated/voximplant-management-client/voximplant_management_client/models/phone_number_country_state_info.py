from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberCountryStateInfo")


@_attrs_define
class PhoneNumberCountryStateInfo:
    """
    Attributes:
        country_state (str): The country state code
        country_state_name (str): The country state name
    """

    country_state: str
    country_state_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_state = self.country_state

        country_state_name = self.country_state_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_state": country_state,
                "country_state_name": country_state_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_state = d.pop("country_state")

        country_state_name = d.pop("country_state_name")

        phone_number_country_state_info = cls(
            country_state=country_state,
            country_state_name=country_state_name,
        )

        phone_number_country_state_info.additional_properties = d
        return phone_number_country_state_info

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
