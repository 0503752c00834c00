from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="KitSettings")


@_attrs_define
class KitSettings:
    """Unknown settings are refused.

    Attributes:
        region (str | Unset):
        balance (float | Unset):
        credit (float | Unset):
        currency (str | Unset):
        max_lines_count (int | Unset):
        contact_center (bool | Unset):
        rate_limit_per_second (int | Unset):
        report_delay_seconds (float | Unset):
        price_per_minute (float | Unset):
    """

    region: str | Unset = UNSET
    balance: float | Unset = UNSET
    credit: float | Unset = UNSET
    currency: str | Unset = UNSET
    max_lines_count: int | Unset = UNSET
    contact_center: bool | Unset = UNSET
    rate_limit_per_second: int | Unset = UNSET
    report_delay_seconds: float | Unset = UNSET
    price_per_minute: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        balance = self.balance

        credit = self.credit

        currency = self.currency

        max_lines_count = self.max_lines_count

        contact_center = self.contact_center

        rate_limit_per_second = self.rate_limit_per_second

        report_delay_seconds = self.report_delay_seconds

        price_per_minute = self.price_per_minute

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credit is not UNSET:
            field_dict["credit"] = credit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if max_lines_count is not UNSET:
            field_dict["max_lines_count"] = max_lines_count
        if contact_center is not UNSET:
            field_dict["contact_center"] = contact_center
        if rate_limit_per_second is not UNSET:
            field_dict["rate_limit_per_second"] = rate_limit_per_second
        if report_delay_seconds is not UNSET:
            field_dict["report_delay_seconds"] = report_delay_seconds
        if price_per_minute is not UNSET:
            field_dict["price_per_minute"] = price_per_minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region", UNSET)

        balance = d.pop("balance", UNSET)

        credit = d.pop("credit", UNSET)

        currency = d.pop("currency", UNSET)

        max_lines_count = d.pop("max_lines_count", UNSET)

        contact_center = d.pop("contact_center", UNSET)

        rate_limit_per_second = d.pop("rate_limit_per_second", UNSET)

        report_delay_seconds = d.pop("report_delay_seconds", UNSET)

        price_per_minute = d.pop("price_per_minute", UNSET)

        kit_settings = cls(
            region=region,
            balance=balance,
            credit=credit,
            currency=currency,
            max_lines_count=max_lines_count,
            contact_center=contact_center,
            rate_limit_per_second=rate_limit_per_second,
            report_delay_seconds=report_delay_seconds,
            price_per_minute=price_per_minute,
        )

        return kit_settings
