from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultipleNumbersPrice")


@_attrs_define
class MultipleNumbersPrice:
    """
    Attributes:
        count (int): The quantity from which this price applies
        price (float): The monthly price per number
        installation_price (float | Unset): The installation price per number
    """

    count: int
    price: float
    installation_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        price = self.price

        installation_price = self.installation_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "price": price,
            }
        )
        if installation_price is not UNSET:
            field_dict["installation_price"] = installation_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        price = d.pop("price")

        installation_price = d.pop("installation_price", UNSET)

        multiple_numbers_price = cls(
            count=count,
            price=price,
            installation_price=installation_price,
        )

        multiple_numbers_price.additional_properties = d
        return multiple_numbers_price

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
