from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegulationCountryCategory")


@_attrs_define
class RegulationCountryCategory:
    """
    Attributes:
        is_need_regulation_address (bool): Whether numbers of the category need a regulation address
        phone_category_name (str): The phone category name
    """

    is_need_regulation_address: bool
    phone_category_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_need_regulation_address = self.is_need_regulation_address

        phone_category_name = self.phone_category_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_need_regulation_address": is_need_regulation_address,
                "phone_category_name": phone_category_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_need_regulation_address = d.pop("is_need_regulation_address")

        phone_category_name = d.pop("phone_category_name")

        regulation_country_category = cls(
            is_need_regulation_address=is_need_regulation_address,
            phone_category_name=phone_category_name,
        )

        regulation_country_category.additional_properties = d
        return regulation_country_category

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
