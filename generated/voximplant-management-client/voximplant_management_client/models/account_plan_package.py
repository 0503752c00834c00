from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountPlanPackage")


@_attrs_define
class AccountPlanPackage:
    """
    Attributes:
        package_name (str): The package name
        price (float): The price of a unit beyond the included ones
        units (int): The units the plan includes per period
        units_left (int | Unset): The included units left this period
    """

    package_name: str
    price: float
    units: int
    units_left: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        price = self.price

        units = self.units

        units_left = self.units_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_name": package_name,
                "price": price,
                "units": units,
            }
        )
        if units_left is not UNSET:
            field_dict["units_left"] = units_left

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_name = d.pop("package_name")

        price = d.pop("price")

        units = d.pop("units")

        units_left = d.pop("units_left", UNSET)

        account_plan_package = cls(
            package_name=package_name,
            price=price,
            units=units,
            units_left=units_left,
        )

        account_plan_package.additional_properties = d
        return account_plan_package

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
