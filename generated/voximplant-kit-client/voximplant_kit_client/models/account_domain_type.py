from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_domain_partner_type import AccountDomainPartnerType
    from ..models.account_domain_tariff_type import AccountDomainTariffType


T = TypeVar("T", bound="AccountDomainType")


@_attrs_define
class AccountDomainType:
    """The account (domain).

    Attributes:
        id (int): Account ID.
        name (str): Account name (the `domain` parameter).
        balance (float | Unset): Balance.
        credit (float | Unset): Credit limit.
        currency (str | Unset): Currency code.
        max_lines_count (int | Unset): Maximum simultaneous lines.
        can_change_tariff (bool | Unset): Whether the tariff can be changed.
        partner (AccountDomainPartnerType | Unset): Partner (reseller) of the account.
        tariff (AccountDomainTariffType | Unset): Tariff of the account.
    """

    id: int
    name: str
    balance: float | Unset = UNSET
    credit: float | Unset = UNSET
    currency: str | Unset = UNSET
    max_lines_count: int | Unset = UNSET
    can_change_tariff: bool | Unset = UNSET
    partner: AccountDomainPartnerType | Unset = UNSET
    tariff: AccountDomainTariffType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        balance = self.balance

        credit = self.credit

        currency = self.currency

        max_lines_count = self.max_lines_count

        can_change_tariff = self.can_change_tariff

        partner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner.to_dict()

        tariff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff, Unset):
            tariff = self.tariff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credit is not UNSET:
            field_dict["credit"] = credit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if max_lines_count is not UNSET:
            field_dict["max_lines_count"] = max_lines_count
        if can_change_tariff is not UNSET:
            field_dict["can_change_tariff"] = can_change_tariff
        if partner is not UNSET:
            field_dict["partner"] = partner
        if tariff is not UNSET:
            field_dict["tariff"] = tariff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_domain_partner_type import AccountDomainPartnerType  # noqa: PLC0415
        from ..models.account_domain_tariff_type import AccountDomainTariffType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        balance = d.pop("balance", UNSET)

        credit = d.pop("credit", UNSET)

        currency = d.pop("currency", UNSET)

        max_lines_count = d.pop("max_lines_count", UNSET)

        can_change_tariff = d.pop("can_change_tariff", UNSET)

        _partner = d.pop("partner", UNSET)
        partner: AccountDomainPartnerType | Unset
        if isinstance(_partner, Unset):
            partner = UNSET
        else:
            partner = AccountDomainPartnerType.from_dict(_partner)

        _tariff = d.pop("tariff", UNSET)
        tariff: AccountDomainTariffType | Unset
        if isinstance(_tariff, Unset):
            tariff = UNSET
        else:
            tariff = AccountDomainTariffType.from_dict(_tariff)

        account_domain_type = cls(
            id=id,
            name=name,
            balance=balance,
            credit=credit,
            currency=currency,
            max_lines_count=max_lines_count,
            can_change_tariff=can_change_tariff,
            partner=partner,
            tariff=tariff,
        )

        account_domain_type.additional_properties = d
        return account_domain_type

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
