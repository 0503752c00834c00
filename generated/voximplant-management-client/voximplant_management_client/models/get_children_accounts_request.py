from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_children_accounts_request_order_by import (
    GetChildrenAccountsRequestOrderBy,
    check_get_children_accounts_request_order_by,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChildrenAccountsRequest")


@_attrs_define
class GetChildrenAccountsRequest:
    """
    Attributes:
        active (bool | Unset): Whether the accounts are active
        brief_output (bool | Unset): Whether to return only the ids, names, emails, states and creation times
        child_account_email (str | Unset): A part of the child account email
        child_account_id (str | Unset): Child account ids separated by semicolons (;), or all
        child_account_name (str | Unset): A part of the child account name
        count (int | Unset): The maximum number of records to return
        frozen (bool | Unset): Whether the accounts are frozen
        ignore_invalid_accounts (bool | Unset): Whether to leave out accounts that cannot be read
        medium_output (bool | Unset): Whether to return the brief fields with the balance
        offset (int | Unset): The number of records to skip
        order_by (GetChildrenAccountsRequestOrderBy | Unset): The sort order: child_account_id, child_account_name,
            child_account_email
        return_live_balance (bool | Unset): Whether to return the current balance
    """

    active: bool | Unset = UNSET
    brief_output: bool | Unset = UNSET
    child_account_email: str | Unset = UNSET
    child_account_id: str | Unset = UNSET
    child_account_name: str | Unset = UNSET
    count: int | Unset = UNSET
    frozen: bool | Unset = UNSET
    ignore_invalid_accounts: bool | Unset = UNSET
    medium_output: bool | Unset = UNSET
    offset: int | Unset = UNSET
    order_by: GetChildrenAccountsRequestOrderBy | Unset = UNSET
    return_live_balance: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        brief_output = self.brief_output

        child_account_email = self.child_account_email

        child_account_id = self.child_account_id

        child_account_name = self.child_account_name

        count = self.count

        frozen = self.frozen

        ignore_invalid_accounts = self.ignore_invalid_accounts

        medium_output = self.medium_output

        offset = self.offset

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        return_live_balance = self.return_live_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if brief_output is not UNSET:
            field_dict["brief_output"] = brief_output
        if child_account_email is not UNSET:
            field_dict["child_account_email"] = child_account_email
        if child_account_id is not UNSET:
            field_dict["child_account_id"] = child_account_id
        if child_account_name is not UNSET:
            field_dict["child_account_name"] = child_account_name
        if count is not UNSET:
            field_dict["count"] = count
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if ignore_invalid_accounts is not UNSET:
            field_dict["ignore_invalid_accounts"] = ignore_invalid_accounts
        if medium_output is not UNSET:
            field_dict["medium_output"] = medium_output
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if return_live_balance is not UNSET:
            field_dict["return_live_balance"] = return_live_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        brief_output = d.pop("brief_output", UNSET)

        child_account_email = d.pop("child_account_email", UNSET)

        child_account_id = d.pop("child_account_id", UNSET)

        child_account_name = d.pop("child_account_name", UNSET)

        count = d.pop("count", UNSET)

        frozen = d.pop("frozen", UNSET)

        ignore_invalid_accounts = d.pop("ignore_invalid_accounts", UNSET)

        medium_output = d.pop("medium_output", UNSET)

        offset = d.pop("offset", UNSET)

        _order_by = d.pop("order_by", UNSET)
        order_by: GetChildrenAccountsRequestOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = check_get_children_accounts_request_order_by(_order_by)

        return_live_balance = d.pop("return_live_balance", UNSET)

        get_children_accounts_request = cls(
            active=active,
            brief_output=brief_output,
            child_account_email=child_account_email,
            child_account_id=child_account_id,
            child_account_name=child_account_name,
            count=count,
            frozen=frozen,
            ignore_invalid_accounts=ignore_invalid_accounts,
            medium_output=medium_output,
            offset=offset,
            order_by=order_by,
            return_live_balance=return_live_balance,
        )

        get_children_accounts_request.additional_properties = d
        return get_children_accounts_request

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
