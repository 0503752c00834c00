from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_group_params import PriceGroupParams


T = TypeVar("T", bound="PriceGroup")


@_attrs_define
class PriceGroup:
    """
    Attributes:
        price (float): The price per unit (a minute, a message, ...)
        price_group_id (int): The price group id
        price_group_name (str): The price group name
        params (PriceGroupParams | Unset):
    """

    price: float
    price_group_id: int
    price_group_name: str
    params: PriceGroupParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        price_group_id = self.price_group_id

        price_group_name = self.price_group_name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "price_group_id": price_group_id,
                "price_group_name": price_group_name,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_group_params import PriceGroupParams  # noqa: PLC0415

        d = dict(src_dict)
        price = d.pop("price")

        price_group_id = d.pop("price_group_id")

        price_group_name = d.pop("price_group_name")

        _params = d.pop("params", UNSET)
        params: PriceGroupParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = PriceGroupParams.from_dict(_params)

        price_group = cls(
            price=price,
            price_group_id=price_group_id,
            price_group_name=price_group_name,
            params=params,
        )

        price_group.additional_properties = d
        return price_group

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
