from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_transaction_history_async_request_output import (
    GetTransactionHistoryAsyncRequestOutput,
    check_get_transaction_history_async_request_output,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTransactionHistoryAsyncRequest")


@_attrs_define
class GetTransactionHistoryAsyncRequest:
    """
    Attributes:
        from_date (str): The from date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        to_date (str): The to date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        child_account_id (str | Unset): The child account ID list separated by semicolons (;). Use the ‘all’ value to
            select all child accounts
        children_transactions_only (bool | Unset): Whether to get the children account transactions only
        desc_order (bool | Unset): Whether to get records in the descent order
        is_uncommitted (bool | Unset): Whether to get transactions on hold (transactions for which money is reserved but
            not yet withdrawn from the account)
        output (GetTransactionHistoryAsyncRequestOutput | Unset): The output format. The following values available:
            csv. The default value is csv
        payment_reference (str | Unset):
        timezone (str | Unset):
        transaction_id (str | Unset): The transaction ID list separated by semicolons (;)
        transaction_type (str | Unset): The transaction type list separated by semicolons (;). The following values are
            possible: gift_revoke, resource_charge, money_distribution, subscription_charge,
            subscription_installation_charge, card_periodic_payment, card_overrun_payment, card_payment,
            rub_card_periodic_payment, rub_card_overrun_payment, rub_card_payment, robokassa_payment, gift, promo,
            adjustment, wire_transfer, us_wire_transfer, refund, discount, mgp_charge, mgp_startup, mgp_business,
            mgp_big_business, mgp_enterprise, mgp_large_enterprise, techsupport_charge, tax_charge, monthly_fee_charge,
            grace_credit_payment, grace_credit_provision, mau_charge, mau_overrun, im_charge, im_overrun, fmc_charge,
            sip_registration_charge, development_fee, money_transfer_to_child, money_transfer_to_parent,
            money_acceptance_from_child, money_acceptance_from_parent, phone_number_installation, phone_number_charge,
            toll_free_phone_number_installation, toll_free_phone_number_charge, services, user_money_transfer,
            paypal_payment, paypal_overrun_payment, paypal_periodic_payment
        user_id (str | Unset): The user ID list separated by semicolons (;)
        users_transactions_only (bool | Unset): Whether to get the users’ transactions only
        with_header (bool | Unset): Whether to get a CSV file with the column names if the output=csv
    """

    from_date: str
    to_date: str
    child_account_id: str | Unset = UNSET
    children_transactions_only: bool | Unset = UNSET
    desc_order: bool | Unset = UNSET
    is_uncommitted: bool | Unset = UNSET
    output: GetTransactionHistoryAsyncRequestOutput | Unset = UNSET
    payment_reference: str | Unset = UNSET
    timezone: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    user_id: str | Unset = UNSET
    users_transactions_only: bool | Unset = UNSET
    with_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        child_account_id = self.child_account_id

        children_transactions_only = self.children_transactions_only

        desc_order = self.desc_order

        is_uncommitted = self.is_uncommitted

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        payment_reference = self.payment_reference

        timezone = self.timezone

        transaction_id = self.transaction_id

        transaction_type = self.transaction_type

        user_id = self.user_id

        users_transactions_only = self.users_transactions_only

        with_header = self.with_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "to_date": to_date,
            }
        )
        if child_account_id is not UNSET:
            field_dict["child_account_id"] = child_account_id
        if children_transactions_only is not UNSET:
            field_dict["children_transactions_only"] = children_transactions_only
        if desc_order is not UNSET:
            field_dict["desc_order"] = desc_order
        if is_uncommitted is not UNSET:
            field_dict["is_uncommitted"] = is_uncommitted
        if output is not UNSET:
            field_dict["output"] = output
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if users_transactions_only is not UNSET:
            field_dict["users_transactions_only"] = users_transactions_only
        if with_header is not UNSET:
            field_dict["with_header"] = with_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_date = d.pop("from_date")

        to_date = d.pop("to_date")

        child_account_id = d.pop("child_account_id", UNSET)

        children_transactions_only = d.pop("children_transactions_only", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        is_uncommitted = d.pop("is_uncommitted", UNSET)

        _output = d.pop("output", UNSET)
        output: GetTransactionHistoryAsyncRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_get_transaction_history_async_request_output(_output)

        payment_reference = d.pop("payment_reference", UNSET)

        timezone = d.pop("timezone", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        transaction_type = d.pop("transaction_type", UNSET)

        user_id = d.pop("user_id", UNSET)

        users_transactions_only = d.pop("users_transactions_only", UNSET)

        with_header = d.pop("with_header", UNSET)

        get_transaction_history_async_request = cls(
            from_date=from_date,
            to_date=to_date,
            child_account_id=child_account_id,
            children_transactions_only=children_transactions_only,
            desc_order=desc_order,
            is_uncommitted=is_uncommitted,
            output=output,
            payment_reference=payment_reference,
            timezone=timezone,
            transaction_id=transaction_id,
            transaction_type=transaction_type,
            user_id=user_id,
            users_transactions_only=users_transactions_only,
            with_header=with_header,
        )

        get_transaction_history_async_request.additional_properties = d
        return get_transaction_history_async_request

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
