from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDomainPartnerType")


@_attrs_define
class AccountDomainPartnerType:
    """Partner (reseller) of the account.

    Attributes:
        name (str | Unset): Partner name.
        theme (str | Unset): UI theme.
        blocks (str | Unset): Blocked UI sections.
        default_balance (float | Unset): Default balance of new accounts.
        default_currency (str | Unset): Default currency.
    """

    name: str | Unset = UNSET
    theme: str | Unset = UNSET
    blocks: str | Unset = UNSET
    default_balance: float | Unset = UNSET
    default_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        theme = self.theme

        blocks = self.blocks

        default_balance = self.default_balance

        default_currency = self.default_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if theme is not UNSET:
            field_dict["theme"] = theme
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if default_balance is not UNSET:
            field_dict["default_balance"] = default_balance
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        theme = d.pop("theme", UNSET)

        blocks = d.pop("blocks", UNSET)

        default_balance = d.pop("default_balance", UNSET)

        default_currency = d.pop("default_currency", UNSET)

        account_domain_partner_type = cls(
            name=name,
            theme=theme,
            blocks=blocks,
            default_balance=default_balance,
            default_currency=default_currency,
        )

        account_domain_partner_type.additional_properties = d
        return account_domain_partner_type

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
