from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_taxes_details_level import InvoiceTaxesDetailsLevel, check_invoice_taxes_details_level

T = TypeVar("T", bound="InvoiceTaxesDetails")


@_attrs_define
class InvoiceTaxesDetails:
    """
    Attributes:
        amount (float): Paid amount
        category (str): Tax category
        currency (str): Tax currency
        level (InvoiceTaxesDetailsLevel): Tax type. Possible values: Federal, State, County, City, Unincorporated
        name (str): Tax name
        rate (float): Tax rate
        taxable_measure (float): Taxable sum
    """

    amount: float
    category: str
    currency: str
    level: InvoiceTaxesDetailsLevel
    name: str
    rate: float
    taxable_measure: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        category = self.category

        currency = self.currency

        level: str = self.level

        name = self.name

        rate = self.rate

        taxable_measure = self.taxable_measure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "category": category,
                "currency": currency,
                "level": level,
                "name": name,
                "rate": rate,
                "taxable_measure": taxable_measure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        category = d.pop("category")

        currency = d.pop("currency")

        level = check_invoice_taxes_details_level(d.pop("level"))

        name = d.pop("name")

        rate = d.pop("rate")

        taxable_measure = d.pop("taxable_measure")

        invoice_taxes_details = cls(
            amount=amount,
            category=category,
            currency=currency,
            level=level,
            name=name,
            rate=rate,
            taxable_measure=taxable_measure,
        )

        invoice_taxes_details.additional_properties = d
        return invoice_taxes_details

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
