from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionTemplate")


@_attrs_define
class SubscriptionTemplate:
    """
    Attributes:
        period (str): The period in Y-M-D H:M:S notation
        price (float): The price per period
        subscription_template_id (int): The subscription template id
        subscription_template_name (str): The template name
        subscription_template_type (str): The template type: PHONE_NUM, PLAN
        installation_price (float | Unset): The one-off installation price
    """

    period: str
    price: float
    subscription_template_id: int
    subscription_template_name: str
    subscription_template_type: str
    installation_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        price = self.price

        subscription_template_id = self.subscription_template_id

        subscription_template_name = self.subscription_template_name

        subscription_template_type = self.subscription_template_type

        installation_price = self.installation_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "price": price,
                "subscription_template_id": subscription_template_id,
                "subscription_template_name": subscription_template_name,
                "subscription_template_type": subscription_template_type,
            }
        )
        if installation_price is not UNSET:
            field_dict["installation_price"] = installation_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        price = d.pop("price")

        subscription_template_id = d.pop("subscription_template_id")

        subscription_template_name = d.pop("subscription_template_name")

        subscription_template_type = d.pop("subscription_template_type")

        installation_price = d.pop("installation_price", UNSET)

        subscription_template = cls(
            period=period,
            price=price,
            subscription_template_id=subscription_template_id,
            subscription_template_name=subscription_template_name,
            subscription_template_type=subscription_template_type,
            installation_price=installation_price,
        )

        subscription_template.additional_properties = d
        return subscription_template

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
