from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriptions_to_charge import SubscriptionsToCharge


T = TypeVar("T", bound="GetMoneyAmountToChargeResult")


@_attrs_define
class GetMoneyAmountToChargeResult:
    """
    Attributes:
        amount_to_charge (float): The amount to add to the balance to cover the renewals up to the charge date
        currency (str): The currency of the amounts
        subscriptions (list[SubscriptionsToCharge]): The renewals due up to the charge date
        bank_amount_to_charge (float | Unset): The same amount for a bank card payment
    """

    amount_to_charge: float
    currency: str
    subscriptions: list[SubscriptionsToCharge]
    bank_amount_to_charge: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_to_charge = self.amount_to_charge

        currency = self.currency

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        bank_amount_to_charge = self.bank_amount_to_charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_to_charge": amount_to_charge,
                "currency": currency,
                "subscriptions": subscriptions,
            }
        )
        if bank_amount_to_charge is not UNSET:
            field_dict["bank_amount_to_charge"] = bank_amount_to_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriptions_to_charge import SubscriptionsToCharge  # noqa: PLC0415

        d = dict(src_dict)
        amount_to_charge = d.pop("amount_to_charge")

        currency = d.pop("currency")

        subscriptions = []
        _subscriptions = d.pop("subscriptions")
        for subscriptions_item_data in _subscriptions:
            subscriptions_item = SubscriptionsToCharge.from_dict(subscriptions_item_data)

            subscriptions.append(subscriptions_item)

        bank_amount_to_charge = d.pop("bank_amount_to_charge", UNSET)

        get_money_amount_to_charge_result = cls(
            amount_to_charge=amount_to_charge,
            currency=currency,
            subscriptions=subscriptions,
            bank_amount_to_charge=bank_amount_to_charge,
        )

        get_money_amount_to_charge_result.additional_properties = d
        return get_money_amount_to_charge_result

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
