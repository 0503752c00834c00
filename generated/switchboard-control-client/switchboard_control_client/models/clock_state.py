from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClockState")


@_attrs_define
class ClockState:
    """
    Attributes:
        now (datetime.datetime):
        time (float): Epoch seconds.
        offset (float): Seconds ahead of real time.
        frozen (bool):
        fired (int): Timeline events this request fired.
        next_event_at (float | None): When the next pending event is due (epoch seconds), if any.
    """

    now: datetime.datetime
    time: float
    offset: float
    frozen: bool
    fired: int
    next_event_at: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now = self.now.isoformat()

        time = self.time

        offset = self.offset

        frozen = self.frozen

        fired = self.fired

        next_event_at: float | None
        next_event_at = self.next_event_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "now": now,
                "time": time,
                "offset": offset,
                "frozen": frozen,
                "fired": fired,
                "next_event_at": next_event_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        now = datetime.datetime.fromisoformat(d.pop("now"))

        time = d.pop("time")

        offset = d.pop("offset")

        frozen = d.pop("frozen")

        fired = d.pop("fired")

        def _parse_next_event_at(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        next_event_at = _parse_next_event_at(d.pop("next_event_at"))

        clock_state = cls(
            now=now,
            time=time,
            offset=offset,
            frozen=frozen,
            fired=fired,
            next_event_at=next_event_at,
        )

        clock_state.additional_properties = d
        return clock_state

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
