from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceTotalDetails")


@_attrs_define
class InvoiceTotalDetails:
    """
    Attributes:
        amount_to_pay (float): Discounted amount to pay
        currency (str): Invoice currency
        discount_amount (float): Discount
        tax_amount (float): Total amount of taxes
        total_amount (float): Invoice total amount including taxes
    """

    amount_to_pay: float
    currency: str
    discount_amount: float
    tax_amount: float
    total_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_to_pay = self.amount_to_pay

        currency = self.currency

        discount_amount = self.discount_amount

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_to_pay": amount_to_pay,
                "currency": currency,
                "discount_amount": discount_amount,
                "tax_amount": tax_amount,
                "total_amount": total_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_to_pay = d.pop("amount_to_pay")

        currency = d.pop("currency")

        discount_amount = d.pop("discount_amount")

        tax_amount = d.pop("tax_amount")

        total_amount = d.pop("total_amount")

        invoice_total_details = cls(
            amount_to_pay=amount_to_pay,
            currency=currency,
            discount_amount=discount_amount,
            tax_amount=tax_amount,
            total_amount=total_amount,
        )

        invoice_total_details.additional_properties = d
        return invoice_total_details

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
