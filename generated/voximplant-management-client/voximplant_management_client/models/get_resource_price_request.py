from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetResourcePriceRequest")


@_attrs_define
class GetResourcePriceRequest:
    """
    Attributes:
        price_group_id (str | Unset): Price group ids separated by semicolons (;)
        price_group_name (str | Unset): The price group name
        resource_param (str | Unset): Resource parameters (country codes) separated by semicolons (;)
        resource_type (str | Unset): Resource types separated by semicolons (;)
    """

    price_group_id: str | Unset = UNSET
    price_group_name: str | Unset = UNSET
    resource_param: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_group_id = self.price_group_id

        price_group_name = self.price_group_name

        resource_param = self.resource_param

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_group_id is not UNSET:
            field_dict["price_group_id"] = price_group_id
        if price_group_name is not UNSET:
            field_dict["price_group_name"] = price_group_name
        if resource_param is not UNSET:
            field_dict["resource_param"] = resource_param
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_group_id = d.pop("price_group_id", UNSET)

        price_group_name = d.pop("price_group_name", UNSET)

        resource_param = d.pop("resource_param", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        get_resource_price_request = cls(
            price_group_id=price_group_id,
            price_group_name=price_group_name,
            resource_param=resource_param,
            resource_type=resource_type,
        )

        get_resource_price_request.additional_properties = d
        return get_resource_price_request

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
