from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_clock import SettingsClock

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """
    Attributes:
        rate_limit (bool): Whether the vendors' rate limits apply.
        clock (SettingsClock):
        clock_offset (float): Seconds the emulator clock is ahead of real time.
    """

    rate_limit: bool
    clock: SettingsClock
    clock_offset: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit = self.rate_limit

        clock = self.clock.value

        clock_offset = self.clock_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate_limit": rate_limit,
                "clock": clock,
                "clock_offset": clock_offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate_limit = d.pop("rate_limit")

        clock = SettingsClock(d.pop("clock"))

        clock_offset = d.pop("clock_offset")

        settings = cls(
            rate_limit=rate_limit,
            clock=clock,
            clock_offset=clock_offset,
        )

        settings.additional_properties = d
        return settings

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
