from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberCountryCategoryInfo")


@_attrs_define
class PhoneNumberCountryCategoryInfo:
    """
    Attributes:
        country_has_states (bool): Whether the category's numbers are sold by country state (see
            GetPhoneNumberCountryStates)
        phone_category_name (str): The phone category name
        localized_name (str | Unset): The localized category name
    """

    country_has_states: bool
    phone_category_name: str
    localized_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_has_states = self.country_has_states

        phone_category_name = self.phone_category_name

        localized_name = self.localized_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_has_states": country_has_states,
                "phone_category_name": phone_category_name,
            }
        )
        if localized_name is not UNSET:
            field_dict["localized_name"] = localized_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_has_states = d.pop("country_has_states")

        phone_category_name = d.pop("phone_category_name")

        localized_name = d.pop("localized_name", UNSET)

        phone_number_country_category_info = cls(
            country_has_states=country_has_states,
            phone_category_name=phone_category_name,
            localized_name=localized_name,
        )

        phone_number_country_category_info.additional_properties = d
        return phone_number_country_category_info

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
