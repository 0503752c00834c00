from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.regulation_country_category import RegulationCountryCategory


T = TypeVar("T", bound="RegulationCountry")


@_attrs_define
class RegulationCountry:
    """
    Attributes:
        country_code (str): The country code
        phone_categories (list[RegulationCountryCategory]): The country's phone categories and their regulation needs
    """

    country_code: str
    phone_categories: list[RegulationCountryCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        phone_categories = []
        for phone_categories_item_data in self.phone_categories:
            phone_categories_item = phone_categories_item_data.to_dict()
            phone_categories.append(phone_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "phone_categories": phone_categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.regulation_country_category import RegulationCountryCategory  # noqa: PLC0415

        d = dict(src_dict)
        country_code = d.pop("country_code")

        phone_categories = []
        _phone_categories = d.pop("phone_categories")
        for phone_categories_item_data in _phone_categories:
            phone_categories_item = RegulationCountryCategory.from_dict(phone_categories_item_data)

            phone_categories.append(phone_categories_item)

        regulation_country = cls(
            country_code=country_code,
            phone_categories=phone_categories,
        )

        regulation_country.additional_properties = d
        return regulation_country

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
