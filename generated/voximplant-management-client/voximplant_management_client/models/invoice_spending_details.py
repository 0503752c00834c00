from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_taxes_details import InvoiceTaxesDetails
    from ..models.invoice_total_details import InvoiceTotalDetails


T = TypeVar("T", bound="InvoiceSpendingDetails")


@_attrs_define
class InvoiceSpendingDetails:
    """
    Attributes:
        amount (InvoiceTotalDetails):
        service_name (str): Service name
        taxes (list[InvoiceTaxesDetails]): Array of taxes
    """

    amount: InvoiceTotalDetails
    service_name: str
    taxes: list[InvoiceTaxesDetails]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        service_name = self.service_name

        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
            taxes.append(taxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "service_name": service_name,
                "taxes": taxes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_taxes_details import InvoiceTaxesDetails  # noqa: PLC0415
        from ..models.invoice_total_details import InvoiceTotalDetails  # noqa: PLC0415

        d = dict(src_dict)
        amount = InvoiceTotalDetails.from_dict(d.pop("amount"))

        service_name = d.pop("service_name")

        taxes = []
        _taxes = d.pop("taxes")
        for taxes_item_data in _taxes:
            taxes_item = InvoiceTaxesDetails.from_dict(taxes_item_data)

            taxes.append(taxes_item)

        invoice_spending_details = cls(
            amount=amount,
            service_name=service_name,
            taxes=taxes,
        )

        invoice_spending_details.additional_properties = d
        return invoice_spending_details

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
