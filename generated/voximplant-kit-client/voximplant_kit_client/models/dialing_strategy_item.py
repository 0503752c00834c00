from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialingStrategyItem")


@_attrs_define
class DialingStrategyItem:
    """Dialing rule for one phone column.

    Attributes:
        key (str): Phone column, e.g. phone1.
        name (str | Unset): Column label.
        interval_min (list[int] | Unset): Minutes before each redial.
        max_attempts (int | Unset): Attempts for this column.
        dial_up_time_sec (int | Unset): Ring time, seconds.
    """

    key: str
    name: str | Unset = UNSET
    interval_min: list[int] | Unset = UNSET
    max_attempts: int | Unset = UNSET
    dial_up_time_sec: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        interval_min: list[int] | Unset = UNSET
        if not isinstance(self.interval_min, Unset):
            interval_min = self.interval_min

        max_attempts = self.max_attempts

        dial_up_time_sec = self.dial_up_time_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if interval_min is not UNSET:
            field_dict["interval_min"] = interval_min
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if dial_up_time_sec is not UNSET:
            field_dict["dial_up_time_sec"] = dial_up_time_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name", UNSET)

        interval_min = cast(list[int], d.pop("interval_min", UNSET))

        max_attempts = d.pop("max_attempts", UNSET)

        dial_up_time_sec = d.pop("dial_up_time_sec", UNSET)

        dialing_strategy_item = cls(
            key=key,
            name=name,
            interval_min=interval_min,
            max_attempts=max_attempts,
            dial_up_time_sec=dial_up_time_sec,
        )

        dialing_strategy_item.additional_properties = d
        return dialing_strategy_item

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
