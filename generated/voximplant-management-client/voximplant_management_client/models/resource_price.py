from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.price_group import PriceGroup


T = TypeVar("T", bound="ResourcePrice")


@_attrs_define
class ResourcePrice:
    """
    Attributes:
        price_groups (list[PriceGroup]): The resource's price groups
        resource_type (str): The resource type: PSTN_IN, PSTN_OUT, SIP_OUT, VOIP_IN, SMS_OUT, RECORD, ...
    """

    price_groups: list[PriceGroup]
    resource_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_groups = []
        for price_groups_item_data in self.price_groups:
            price_groups_item = price_groups_item_data.to_dict()
            price_groups.append(price_groups_item)

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_groups": price_groups,
                "resource_type": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_group import PriceGroup  # noqa: PLC0415

        d = dict(src_dict)
        price_groups = []
        _price_groups = d.pop("price_groups")
        for price_groups_item_data in _price_groups:
            price_groups_item = PriceGroup.from_dict(price_groups_item_data)

            price_groups.append(price_groups_item)

        resource_type = d.pop("resource_type")

        resource_price = cls(
            price_groups=price_groups,
            resource_type=resource_type,
        )

        resource_price.additional_properties = d
        return resource_price

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
