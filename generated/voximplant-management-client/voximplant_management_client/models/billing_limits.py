from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_card_billing_limit_info import BankCardBillingLimitInfo
    from ..models.billing_limit_info import BillingLimitInfo


T = TypeVar("T", bound="BillingLimits")


@_attrs_define
class BillingLimits:
    """
    Attributes:
        bank_card (BankCardBillingLimitInfo | Unset):
        invoice (BillingLimitInfo | Unset):
        robokassa (BillingLimitInfo | Unset):
    """

    bank_card: BankCardBillingLimitInfo | Unset = UNSET
    invoice: BillingLimitInfo | Unset = UNSET
    robokassa: BillingLimitInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_card, Unset):
            bank_card = self.bank_card.to_dict()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        robokassa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.robokassa, Unset):
            robokassa = self.robokassa.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_card is not UNSET:
            field_dict["bank_card"] = bank_card
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if robokassa is not UNSET:
            field_dict["robokassa"] = robokassa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_card_billing_limit_info import BankCardBillingLimitInfo  # noqa: PLC0415
        from ..models.billing_limit_info import BillingLimitInfo  # noqa: PLC0415

        d = dict(src_dict)
        _bank_card = d.pop("bank_card", UNSET)
        bank_card: BankCardBillingLimitInfo | Unset
        if isinstance(_bank_card, Unset):
            bank_card = UNSET
        else:
            bank_card = BankCardBillingLimitInfo.from_dict(_bank_card)

        _invoice = d.pop("invoice", UNSET)
        invoice: BillingLimitInfo | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = BillingLimitInfo.from_dict(_invoice)

        _robokassa = d.pop("robokassa", UNSET)
        robokassa: BillingLimitInfo | Unset
        if isinstance(_robokassa, Unset):
            robokassa = UNSET
        else:
            robokassa = BillingLimitInfo.from_dict(_robokassa)

        billing_limits = cls(
            bank_card=bank_card,
            invoice=invoice,
            robokassa=robokassa,
        )

        billing_limits.additional_properties = d
        return billing_limits

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
