from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachPhoneNumberRequest")


@_attrs_define
class AttachPhoneNumberRequest:
    """
    Attributes:
        country_code (str | Unset): The country code (ISO 3166-1 alpha-2), e.g. US
        country_state (str | Unset): The country state (see GetPhoneNumberCountryStates)
        phone_category_name (str | Unset): The phone category name: GEOGRAPHIC, MOBILE, TOLLFREE, ... (see
            GetPhoneNumberCategories)
        phone_count (int | Unset): How many numbers of the region to buy (with country_code, phone_category_name and
            phone_region_id)
        phone_number (str | Unset): Phone numbers in the international format without +, separated by semicolons (;)
        phone_region_id (int | Unset): The phone region id (see GetPhoneNumberRegions)
        regulation_address_id (int | Unset): The regulation address for numbers whose region needs one (see
            GetRegulationsAddress)
    """

    country_code: str | Unset = UNSET
    country_state: str | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_count: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_region_id: int | Unset = UNSET
    regulation_address_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        country_state = self.country_state

        phone_category_name = self.phone_category_name

        phone_count = self.phone_count

        phone_number = self.phone_number

        phone_region_id = self.phone_region_id

        regulation_address_id = self.regulation_address_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_state is not UNSET:
            field_dict["country_state"] = country_state
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_count is not UNSET:
            field_dict["phone_count"] = phone_count
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_region_id is not UNSET:
            field_dict["phone_region_id"] = phone_region_id
        if regulation_address_id is not UNSET:
            field_dict["regulation_address_id"] = regulation_address_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code", UNSET)

        country_state = d.pop("country_state", UNSET)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_count = d.pop("phone_count", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        phone_region_id = d.pop("phone_region_id", UNSET)

        regulation_address_id = d.pop("regulation_address_id", UNSET)

        attach_phone_number_request = cls(
            country_code=country_code,
            country_state=country_state,
            phone_category_name=phone_category_name,
            phone_count=phone_count,
            phone_number=phone_number,
            phone_region_id=phone_region_id,
            regulation_address_id=regulation_address_id,
        )

        attach_phone_number_request.additional_properties = d
        return attach_phone_number_request

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
