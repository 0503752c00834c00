from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewPhoneInfo")


@_attrs_define
class NewPhoneInfo:
    """
    Attributes:
        phone_installation_price (float): The one-off installation price
        phone_number (str): The phone number in the international format without +
        phone_period (str): The subscription period in Y-M-D H:M:S notation (0-1-0 0:0:0 is a month)
        phone_price (float): The monthly subscription price
        country_code (str | Unset): The country code
        phone_category_name (str | Unset): The phone category name
        phone_region_id (int | Unset): The phone region id
        phone_region_name (str | Unset): The phone region name
    """

    phone_installation_price: float
    phone_number: str
    phone_period: str
    phone_price: float
    country_code: str | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_region_id: int | Unset = UNSET
    phone_region_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_installation_price = self.phone_installation_price

        phone_number = self.phone_number

        phone_period = self.phone_period

        phone_price = self.phone_price

        country_code = self.country_code

        phone_category_name = self.phone_category_name

        phone_region_id = self.phone_region_id

        phone_region_name = self.phone_region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_installation_price": phone_installation_price,
                "phone_number": phone_number,
                "phone_period": phone_period,
                "phone_price": phone_price,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_region_id is not UNSET:
            field_dict["phone_region_id"] = phone_region_id
        if phone_region_name is not UNSET:
            field_dict["phone_region_name"] = phone_region_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_installation_price = d.pop("phone_installation_price")

        phone_number = d.pop("phone_number")

        phone_period = d.pop("phone_period")

        phone_price = d.pop("phone_price")

        country_code = d.pop("country_code", UNSET)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_region_id = d.pop("phone_region_id", UNSET)

        phone_region_name = d.pop("phone_region_name", UNSET)

        new_phone_info = cls(
            phone_installation_price=phone_installation_price,
            phone_number=phone_number,
            phone_period=phone_period,
            phone_price=phone_price,
            country_code=country_code,
            phone_category_name=phone_category_name,
            phone_region_id=phone_region_id,
            phone_region_name=phone_region_name,
        )

        new_phone_info.additional_properties = d
        return new_phone_info

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
