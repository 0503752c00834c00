from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_info_transaction_type import (
    TransactionInfoTransactionType,
    check_transaction_info_transaction_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionInfo")


@_attrs_define
class TransactionInfo:
    """
    Attributes:
        account_id (str): The account ID
        amount (float): The transaction amount, $
        currency (str): The amount currency (USD, RUR, EUR, …).
        performed_at (str): The transaction date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        transaction_id (int): The transaction ID
        transaction_type (TransactionInfoTransactionType): The transaction type. The following values are possible:
            gift_revoke, resource_charge, money_distribution, subscription_charge, subscription_installation_charge,
            card_periodic_payment, card_overrun_payment, card_payment, rub_card_periodic_payment, rub_card_overrun_payment,
            rub_card_payment, robokassa_payment, gift, promo, adjustment, wire_transfer, us_wire_transfer, refund, discount,
            mgp_charge, mgp_startup, mgp_business, mgp_big_business, mgp_enterprise, mgp_large_enterprise,
            techsupport_charge, tax_charge, monthly_fee_charge, grace_credit_payment, grace_credit_provision, mau_charge,
            mau_overrun, im_charge, im_overrun, fmc_charge, sip_registration_charge, development_fee,
            money_transfer_to_child, money_transfer_to_parent, money_acceptance_from_child, money_acceptance_from_parent,
            phone_number_installation, phone_number_charge, toll_free_phone_number_installation,
            toll_free_phone_number_charge, services, user_money_transfer, paypal_payment, paypal_overrun_payment,
            paypal_periodic_payment
        transaction_description (str | Unset): The transaction description
    """

    account_id: str
    amount: float
    currency: str
    performed_at: str
    transaction_id: int
    transaction_type: TransactionInfoTransactionType
    transaction_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = self.amount

        currency = self.currency

        performed_at = self.performed_at

        transaction_id = self.transaction_id

        transaction_type: str = self.transaction_type

        transaction_description = self.transaction_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "amount": amount,
                "currency": currency,
                "performed_at": performed_at,
                "transaction_id": transaction_id,
                "transaction_type": transaction_type,
            }
        )
        if transaction_description is not UNSET:
            field_dict["transaction_description"] = transaction_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        performed_at = d.pop("performed_at")

        transaction_id = d.pop("transaction_id")

        transaction_type = check_transaction_info_transaction_type(d.pop("transaction_type"))

        transaction_description = d.pop("transaction_description", UNSET)

        transaction_info = cls(
            account_id=account_id,
            amount=amount,
            currency=currency,
            performed_at=performed_at,
            transaction_id=transaction_id,
            transaction_type=transaction_type,
            transaction_description=transaction_description,
        )

        transaction_info.additional_properties = d
        return transaction_info

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
