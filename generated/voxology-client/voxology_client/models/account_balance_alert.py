from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalanceAlert")


@_attrs_define
class AccountBalanceAlert:
    """The alert configuration: minutes_before_zero and/or thresholds.

    Attributes:
        minutes_before_zero (float | Unset): Alert this many minutes before the balance is estimated to reach $0.
        thresholds (list[float] | Unset): One to three dollar amounts of the balance that trigger an alert.
    """

    minutes_before_zero: float | Unset = UNSET
    thresholds: list[float] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        minutes_before_zero = self.minutes_before_zero

        thresholds: list[float] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if minutes_before_zero is not UNSET:
            field_dict["minutes_before_zero"] = minutes_before_zero
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minutes_before_zero = d.pop("minutes_before_zero", UNSET)

        thresholds = cast(list[float], d.pop("thresholds", UNSET))

        account_balance_alert = cls(
            minutes_before_zero=minutes_before_zero,
            thresholds=thresholds,
        )

        return account_balance_alert
