from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmCreateAccountBody")


@_attrs_define
class VmCreateAccountBody:
    """
    Attributes:
        account_name (str | Unset):
        account_email (str | Unset):
        api_key (str | Unset):
        currency (str | Unset):
        balance (float | Unset):
        parent_account_id (int | Unset):
    """

    account_name: str | Unset = UNSET
    account_email: str | Unset = UNSET
    api_key: str | Unset = UNSET
    currency: str | Unset = UNSET
    balance: float | Unset = UNSET
    parent_account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        account_email = self.account_email

        api_key = self.api_key

        currency = self.currency

        balance = self.balance

        parent_account_id = self.parent_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_email is not UNSET:
            field_dict["account_email"] = account_email
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balance is not UNSET:
            field_dict["balance"] = balance
        if parent_account_id is not UNSET:
            field_dict["parent_account_id"] = parent_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_name = d.pop("account_name", UNSET)

        account_email = d.pop("account_email", UNSET)

        api_key = d.pop("api_key", UNSET)

        currency = d.pop("currency", UNSET)

        balance = d.pop("balance", UNSET)

        parent_account_id = d.pop("parent_account_id", UNSET)

        vm_create_account_body = cls(
            account_name=account_name,
            account_email=account_email,
            api_key=api_key,
            currency=currency,
            balance=balance,
            parent_account_id=parent_account_id,
        )

        vm_create_account_body.additional_properties = d
        return vm_create_account_body

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
