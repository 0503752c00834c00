from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRegionsRequest")


@_attrs_define
class GetRegionsRequest:
    """
    Attributes:
        country_code (str): The country code (ISO 3166-1 alpha-2), e.g. US
        phone_category_name (str): The phone category name: GEOGRAPHIC, MOBILE, TOLLFREE, ... (see
            GetPhoneNumberCategories)
        city_name (str | Unset): The start of the region's name
        count (int | Unset): The maximum number of records to return
        offset (int | Unset): The number of records to skip
    """

    country_code: str
    phone_category_name: str
    city_name: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        phone_category_name = self.phone_category_name

        city_name = self.city_name

        count = self.count

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "phone_category_name": phone_category_name,
            }
        )
        if city_name is not UNSET:
            field_dict["city_name"] = city_name
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        phone_category_name = d.pop("phone_category_name")

        city_name = d.pop("city_name", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        get_regions_request = cls(
            country_code=country_code,
            phone_category_name=phone_category_name,
            city_name=city_name,
            count=count,
            offset=offset,
        )

        get_regions_request.additional_properties = d
        return get_regions_request

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
