from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DtmfStep")


@_attrs_define
class DtmfStep:
    """
    Attributes:
        digits (str):
        at_s (float | Unset): Seconds after answering.
    """

    digits: str
    at_s: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digits = self.digits

        at_s = self.at_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digits": digits,
            }
        )
        if at_s is not UNSET:
            field_dict["at_s"] = at_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digits = d.pop("digits")

        at_s = d.pop("at_s", UNSET)

        dtmf_step = cls(
            digits=digits,
            at_s=at_s,
        )

        dtmf_step.additional_properties = d
        return dtmf_step

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
