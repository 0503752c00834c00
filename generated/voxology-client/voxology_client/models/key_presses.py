from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyPresses")


@_attrs_define
class KeyPresses:
    """
    Attributes:
        name (str): The name of the COLLECT action that recorded the digits.
        digits (str): The last group of digits pressed during the COLLECT.
        history (list[str] | Unset): Earlier groups of digits (POST bodies only, not query strings).
    """

    name: str
    digits: str
    history: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        digits = self.digits

        history: list[str] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "digits": digits,
            }
        )
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        digits = d.pop("digits")

        history = cast(list[str], d.pop("history", UNSET))

        key_presses = cls(
            name=name,
            digits=digits,
            history=history,
        )

        key_presses.additional_properties = d
        return key_presses

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
