from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNewPhoneNumbersRequest")


@_attrs_define
class GetNewPhoneNumbersRequest:
    """
    Attributes:
        count (int | Unset): The maximum number of records to return
        country_code (str | Unset): The country code (ISO 3166-1 alpha-2), e.g. US
        country_state (str | Unset): The country state
        offset (int | Unset): The number of records to skip
        phone_category_name (str | Unset): The phone category name: GEOGRAPHIC, MOBILE, TOLLFREE, ... (see
            GetPhoneNumberCategories)
        phone_number_mask (str | Unset): A mask the numbers match, e.g. 1212555*
        phone_region_id (int | Unset): The phone region id
    """

    count: int | Unset = UNSET
    country_code: str | Unset = UNSET
    country_state: str | Unset = UNSET
    offset: int | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_number_mask: str | Unset = UNSET
    phone_region_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        country_code = self.country_code

        country_state = self.country_state

        offset = self.offset

        phone_category_name = self.phone_category_name

        phone_number_mask = self.phone_number_mask

        phone_region_id = self.phone_region_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_state is not UNSET:
            field_dict["country_state"] = country_state
        if offset is not UNSET:
            field_dict["offset"] = offset
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_number_mask is not UNSET:
            field_dict["phone_number_mask"] = phone_number_mask
        if phone_region_id is not UNSET:
            field_dict["phone_region_id"] = phone_region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        country_code = d.pop("country_code", UNSET)

        country_state = d.pop("country_state", UNSET)

        offset = d.pop("offset", UNSET)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_number_mask = d.pop("phone_number_mask", UNSET)

        phone_region_id = d.pop("phone_region_id", UNSET)

        get_new_phone_numbers_request = cls(
            count=count,
            country_code=country_code,
            country_state=country_state,
            offset=offset,
            phone_category_name=phone_category_name,
            phone_number_mask=phone_number_mask,
            phone_region_id=phone_region_id,
        )

        get_new_phone_numbers_request.additional_properties = d
        return get_new_phone_numbers_request

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
