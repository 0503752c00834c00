from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InspectorStateClock")


@_attrs_define
class InspectorStateClock:
    """
    Attributes:
        now (str | Unset):
        time (float | Unset):
        frozen (bool | Unset):
    """

    now: str | Unset = UNSET
    time: float | Unset = UNSET
    frozen: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now = self.now

        time = self.time

        frozen = self.frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if now is not UNSET:
            field_dict["now"] = now
        if time is not UNSET:
            field_dict["time"] = time
        if frozen is not UNSET:
            field_dict["frozen"] = frozen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        now = d.pop("now", UNSET)

        time = d.pop("time", UNSET)

        frozen = d.pop("frozen", UNSET)

        inspector_state_clock = cls(
            now=now,
            time=time,
            frozen=frozen,
        )

        inspector_state_clock.additional_properties = d
        return inspector_state_clock

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
