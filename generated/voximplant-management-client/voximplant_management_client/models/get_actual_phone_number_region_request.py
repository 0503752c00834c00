from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetActualPhoneNumberRegionRequest")


@_attrs_define
class GetActualPhoneNumberRegionRequest:
    """
    Attributes:
        country_code (str): The country code (ISO 3166-1 alpha-2), e.g. US
        phone_category_name (str): The phone category name: GEOGRAPHIC, MOBILE, TOLLFREE, ... (see
            GetPhoneNumberCategories)
        phone_region_id (int): The phone region id
        country_state (str | Unset): The country state
        locale (str | Unset): The locale of localized names (en, ru)
    """

    country_code: str
    phone_category_name: str
    phone_region_id: int
    country_state: str | Unset = UNSET
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        phone_category_name = self.phone_category_name

        phone_region_id = self.phone_region_id

        country_state = self.country_state

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "phone_category_name": phone_category_name,
                "phone_region_id": phone_region_id,
            }
        )
        if country_state is not UNSET:
            field_dict["country_state"] = country_state
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        phone_category_name = d.pop("phone_category_name")

        phone_region_id = d.pop("phone_region_id")

        country_state = d.pop("country_state", UNSET)

        locale = d.pop("locale", UNSET)

        get_actual_phone_number_region_request = cls(
            country_code=country_code,
            phone_category_name=phone_category_name,
            phone_region_id=phone_region_id,
            country_state=country_state,
            locale=locale,
        )

        get_actual_phone_number_region_request.additional_properties = d
        return get_actual_phone_number_region_request

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
