from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class Limits:
    """Points limits and what is left of them.

    Attributes:
        day_limit (int): Current limit of points per day.
        day_remaining (int): Points left until the daily limit.
        day_reset (int): Seconds until the daily limit is reset.
        minute_limit (int): Current limit of points per minute.
        minute_remaining (int): Points left until the minute limit.
        minute_reset (int): Seconds until the minute limit is reset.
    """

    day_limit: int
    day_remaining: int
    day_reset: int
    minute_limit: int
    minute_remaining: int
    minute_reset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["day_limit"] = self.day_limit
        field_dict["day_remaining"] = self.day_remaining
        field_dict["day_reset"] = self.day_reset
        field_dict["minute_limit"] = self.minute_limit
        field_dict["minute_remaining"] = self.minute_remaining
        field_dict["minute_reset"] = self.minute_reset
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        day_limit = d.pop("day_limit")

        day_remaining = d.pop("day_remaining")

        day_reset = d.pop("day_reset")

        minute_limit = d.pop("minute_limit")

        minute_remaining = d.pop("minute_remaining")

        minute_reset = d.pop("minute_reset")

        obj = cls(
            day_limit=day_limit,
            day_remaining=day_remaining,
            day_reset=day_reset,
            minute_limit=minute_limit,
            minute_remaining=minute_remaining,
            minute_reset=minute_reset,
        )
        obj.additional_properties = d
        return obj

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
