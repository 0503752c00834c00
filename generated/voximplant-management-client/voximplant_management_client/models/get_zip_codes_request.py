from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetZIPCodesRequest")


@_attrs_define
class GetZIPCodesRequest:
    """
    Attributes:
        country_code (str): The country code (ISO 3166-1 alpha-2), e.g. US
        count (int | Unset): The maximum number of records to return
        offset (int | Unset): The number of records to skip
        phone_region_code (str | Unset): The phone region code
    """

    country_code: str
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    phone_region_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        count = self.count

        offset = self.offset

        phone_region_code = self.phone_region_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if phone_region_code is not UNSET:
            field_dict["phone_region_code"] = phone_region_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        phone_region_code = d.pop("phone_region_code", UNSET)

        get_zip_codes_request = cls(
            country_code=country_code,
            count=count,
            offset=offset,
            phone_region_code=phone_region_code,
        )

        get_zip_codes_request.additional_properties = d
        return get_zip_codes_request

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
