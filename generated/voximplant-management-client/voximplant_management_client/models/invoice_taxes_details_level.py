from typing import Literal

InvoiceTaxesDetailsLevel = Literal["City", "County", "Federal", "State", "Unincorporated"]

INVOICE_TAXES_DETAILS_LEVEL_VALUES: set[InvoiceTaxesDetailsLevel] = {
    "City",
    "County",
    "Federal",
    "State",
    "Unincorporated",
}


def check_invoice_taxes_details_level(value: str) -> InvoiceTaxesDetailsLevel:
    if value in INVOICE_TAXES_DETAILS_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_TAXES_DETAILS_LEVEL_VALUES!r}")
