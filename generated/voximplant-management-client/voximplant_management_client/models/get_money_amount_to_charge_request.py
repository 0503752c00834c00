from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_money_amount_to_charge_request_currency import (
    GetMoneyAmountToChargeRequestCurrency,
    check_get_money_amount_to_charge_request_currency,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMoneyAmountToChargeRequest")


@_attrs_define
class GetMoneyAmountToChargeRequest:
    """
    Attributes:
        charge_date (str | Unset): The date to cover the renewals up to, YYYY-MM-DD
        currency (GetMoneyAmountToChargeRequestCurrency | Unset): The currency of the amounts
    """

    charge_date: str | Unset = UNSET
    currency: GetMoneyAmountToChargeRequestCurrency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_date = self.charge_date

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_date is not UNSET:
            field_dict["charge_date"] = charge_date
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charge_date = d.pop("charge_date", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetMoneyAmountToChargeRequestCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = check_get_money_amount_to_charge_request_currency(_currency)

        get_money_amount_to_charge_request = cls(
            charge_date=charge_date,
            currency=currency,
        )

        get_money_amount_to_charge_request.additional_properties = d
        return get_money_amount_to_charge_request

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
