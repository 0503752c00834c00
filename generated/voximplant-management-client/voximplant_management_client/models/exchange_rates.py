from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExchangeRates")


@_attrs_define
class ExchangeRates:
    """
    Attributes:
        eur (float | Unset): The EUR exchange rate
        kzt (float | Unset): The KZT exchange rate
        rur (float | Unset): The RUR exchange rate
        usd (float | Unset): The USD exchange rate. It is always equal to 1
    """

    eur: float | Unset = UNSET
    kzt: float | Unset = UNSET
    rur: float | Unset = UNSET
    usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eur = self.eur

        kzt = self.kzt

        rur = self.rur

        usd = self.usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eur is not UNSET:
            field_dict["EUR"] = eur
        if kzt is not UNSET:
            field_dict["KZT"] = kzt
        if rur is not UNSET:
            field_dict["RUR"] = rur
        if usd is not UNSET:
            field_dict["USD"] = usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eur = d.pop("EUR", UNSET)

        kzt = d.pop("KZT", UNSET)

        rur = d.pop("RUR", UNSET)

        usd = d.pop("USD", UNSET)

        exchange_rates = cls(
            eur=eur,
            kzt=kzt,
            rur=rur,
            usd=usd,
        )

        exchange_rates.additional_properties = d
        return exchange_rates

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
