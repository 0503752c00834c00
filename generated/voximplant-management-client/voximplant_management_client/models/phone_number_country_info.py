from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_country_category_info import PhoneNumberCountryCategoryInfo


T = TypeVar("T", bound="PhoneNumberCountryInfo")


@_attrs_define
class PhoneNumberCountryInfo:
    """
    Attributes:
        country_code (str): The country code
        phone_categories (list[PhoneNumberCountryCategoryInfo]): The phone categories of the country
        phone_prefix (str): The country's dialling prefix
        can_list_phone_numbers (bool | Unset): Whether GetNewPhoneNumbers lists the country's numbers
    """

    country_code: str
    phone_categories: list[PhoneNumberCountryCategoryInfo]
    phone_prefix: str
    can_list_phone_numbers: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        phone_categories = []
        for phone_categories_item_data in self.phone_categories:
            phone_categories_item = phone_categories_item_data.to_dict()
            phone_categories.append(phone_categories_item)

        phone_prefix = self.phone_prefix

        can_list_phone_numbers = self.can_list_phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "phone_categories": phone_categories,
                "phone_prefix": phone_prefix,
            }
        )
        if can_list_phone_numbers is not UNSET:
            field_dict["can_list_phone_numbers"] = can_list_phone_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_country_category_info import PhoneNumberCountryCategoryInfo  # noqa: PLC0415

        d = dict(src_dict)
        country_code = d.pop("country_code")

        phone_categories = []
        _phone_categories = d.pop("phone_categories")
        for phone_categories_item_data in _phone_categories:
            phone_categories_item = PhoneNumberCountryCategoryInfo.from_dict(phone_categories_item_data)

            phone_categories.append(phone_categories_item)

        phone_prefix = d.pop("phone_prefix")

        can_list_phone_numbers = d.pop("can_list_phone_numbers", UNSET)

        phone_number_country_info = cls(
            country_code=country_code,
            phone_categories=phone_categories,
            phone_prefix=phone_prefix,
            can_list_phone_numbers=can_list_phone_numbers,
        )

        phone_number_country_info.additional_properties = d
        return phone_number_country_info

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
