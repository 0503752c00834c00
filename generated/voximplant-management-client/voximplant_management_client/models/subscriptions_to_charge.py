from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionsToCharge")


@_attrs_define
class SubscriptionsToCharge:
    """
    Attributes:
        price (float): The amount the renewal takes
        subscription_id (int): The subscription id
        subscription_next_renewal (str): The renewal date, YYYY-MM-DD
        subscription_name (str | Unset): What the subscription is for
    """

    price: float
    subscription_id: int
    subscription_next_renewal: str
    subscription_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        subscription_id = self.subscription_id

        subscription_next_renewal = self.subscription_next_renewal

        subscription_name = self.subscription_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "subscription_id": subscription_id,
                "subscription_next_renewal": subscription_next_renewal,
            }
        )
        if subscription_name is not UNSET:
            field_dict["subscription_name"] = subscription_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price")

        subscription_id = d.pop("subscription_id")

        subscription_next_renewal = d.pop("subscription_next_renewal")

        subscription_name = d.pop("subscription_name", UNSET)

        subscriptions_to_charge = cls(
            price=price,
            subscription_id=subscription_id,
            subscription_next_renewal=subscription_next_renewal,
            subscription_name=subscription_name,
        )

        subscriptions_to_charge.additional_properties = d
        return subscriptions_to_charge

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
