from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_period import InvoicePeriod
    from ..models.invoice_spending_details import InvoiceSpendingDetails
    from ..models.invoice_total_details import InvoiceTotalDetails


T = TypeVar("T", bound="AccountInvoice")


@_attrs_define
class AccountInvoice:
    """
    Attributes:
        amount (InvoiceTotalDetails):
        invoice_date (str): Date when the invoice is created in the following format: YYYY-MM-DD
        invoice_id (int): Invoice id
        invoice_number (str): Unique invoice number
        period (InvoicePeriod):
        rows (list[InvoiceSpendingDetails]): Detailed info on each spending
        status (str): Invoice status
    """

    amount: InvoiceTotalDetails
    invoice_date: str
    invoice_id: int
    invoice_number: str
    period: InvoicePeriod
    rows: list[InvoiceSpendingDetails]
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        invoice_date = self.invoice_date

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        period = self.period.to_dict()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "invoice_date": invoice_date,
                "invoice_id": invoice_id,
                "invoice_number": invoice_number,
                "period": period,
                "rows": rows,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_period import InvoicePeriod  # noqa: PLC0415
        from ..models.invoice_spending_details import InvoiceSpendingDetails  # noqa: PLC0415
        from ..models.invoice_total_details import InvoiceTotalDetails  # noqa: PLC0415

        d = dict(src_dict)
        amount = InvoiceTotalDetails.from_dict(d.pop("amount"))

        invoice_date = d.pop("invoice_date")

        invoice_id = d.pop("invoice_id")

        invoice_number = d.pop("invoice_number")

        period = InvoicePeriod.from_dict(d.pop("period"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = InvoiceSpendingDetails.from_dict(rows_item_data)

            rows.append(rows_item)

        status = d.pop("status")

        account_invoice = cls(
            amount=amount,
            invoice_date=invoice_date,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            period=period,
            rows=rows,
            status=status,
        )

        account_invoice.additional_properties = d
        return account_invoice

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
