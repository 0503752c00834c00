from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRegulationsAddressRequest")


@_attrs_define
class GetRegulationsAddressRequest:
    """
    Attributes:
        country_code (str | Unset): The country code (ISO 3166-1 alpha-2), e.g. US
        in_progress (bool | Unset): Whether the addresses are being verified
        phone_category_name (str | Unset): The phone category name: GEOGRAPHIC, MOBILE, TOLLFREE, ... (see
            GetPhoneNumberCategories)
        phone_region_code (str | Unset): The phone region code
        regulation_address_id (int | Unset): The regulation address id
        verified (bool | Unset): Whether the addresses are verified
    """

    country_code: str | Unset = UNSET
    in_progress: bool | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_region_code: str | Unset = UNSET
    regulation_address_id: int | Unset = UNSET
    verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        in_progress = self.in_progress

        phone_category_name = self.phone_category_name

        phone_region_code = self.phone_region_code

        regulation_address_id = self.regulation_address_id

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_region_code is not UNSET:
            field_dict["phone_region_code"] = phone_region_code
        if regulation_address_id is not UNSET:
            field_dict["regulation_address_id"] = regulation_address_id
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code", UNSET)

        in_progress = d.pop("in_progress", UNSET)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_region_code = d.pop("phone_region_code", UNSET)

        regulation_address_id = d.pop("regulation_address_id", UNSET)

        verified = d.pop("verified", UNSET)

        get_regulations_address_request = cls(
            country_code=country_code,
            in_progress=in_progress,
            phone_category_name=phone_category_name,
            phone_region_code=phone_region_code,
            regulation_address_id=regulation_address_id,
            verified=verified,
        )

        get_regulations_address_request.additional_properties = d
        return get_regulations_address_request

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
