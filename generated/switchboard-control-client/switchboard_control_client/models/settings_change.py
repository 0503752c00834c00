from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_change_clock import SettingsChangeClock
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsChange")


@_attrs_define
class SettingsChange:
    """
    Attributes:
        rate_limit (bool | Unset):
        clock (SettingsChangeClock | Unset):
    """

    rate_limit: bool | Unset = UNSET
    clock: SettingsChangeClock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit = self.rate_limit

        clock: str | Unset = UNSET
        if not isinstance(self.clock, Unset):
            clock = self.clock.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if clock is not UNSET:
            field_dict["clock"] = clock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate_limit = d.pop("rate_limit", UNSET)

        _clock = d.pop("clock", UNSET)
        clock: SettingsChangeClock | Unset
        if isinstance(_clock, Unset):
            clock = UNSET
        else:
            clock = SettingsChangeClock(_clock)

        settings_change = cls(
            rate_limit=rate_limit,
            clock=clock,
        )

        settings_change.additional_properties = d
        return settings_change

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
