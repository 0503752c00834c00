from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KitAddNumberBody")


@_attrs_define
class KitAddNumberBody:
    """
    Attributes:
        phone_number (int | str): A phone number; its digits count.
        scenario_ids (list[int] | Unset):
        can_be_used (bool | Unset):
        category_name (str | Unset):
        phone_country_code (str | Unset):
        phone_price (float | Unset):
    """

    phone_number: int | str
    scenario_ids: list[int] | Unset = UNSET
    can_be_used: bool | Unset = UNSET
    category_name: str | Unset = UNSET
    phone_country_code: str | Unset = UNSET
    phone_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number: int | str
        phone_number = self.phone_number

        scenario_ids: list[int] | Unset = UNSET
        if not isinstance(self.scenario_ids, Unset):
            scenario_ids = self.scenario_ids

        can_be_used = self.can_be_used

        category_name = self.category_name

        phone_country_code = self.phone_country_code

        phone_price = self.phone_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if scenario_ids is not UNSET:
            field_dict["scenario_ids"] = scenario_ids
        if can_be_used is not UNSET:
            field_dict["can_be_used"] = can_be_used
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if phone_country_code is not UNSET:
            field_dict["phone_country_code"] = phone_country_code
        if phone_price is not UNSET:
            field_dict["phone_price"] = phone_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_phone_number(data: object) -> int | str:
            return cast(int | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        scenario_ids = cast(list[int], d.pop("scenario_ids", UNSET))

        can_be_used = d.pop("can_be_used", UNSET)

        category_name = d.pop("category_name", UNSET)

        phone_country_code = d.pop("phone_country_code", UNSET)

        phone_price = d.pop("phone_price", UNSET)

        kit_add_number_body = cls(
            phone_number=phone_number,
            scenario_ids=scenario_ids,
            can_be_used=can_be_used,
            category_name=category_name,
            phone_country_code=phone_country_code,
            phone_price=phone_price,
        )

        kit_add_number_body.additional_properties = d
        return kit_add_number_body

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
