from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueuedCallListHoldTimes")


@_attrs_define
class QueuedCallListHoldTimes:
    """
    Attributes:
        average (float | Unset):
        least (float | Unset):
        greatest (float | Unset):
    """

    average: float | Unset = UNSET
    least: float | Unset = UNSET
    greatest: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average = self.average

        least = self.least

        greatest = self.greatest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average is not UNSET:
            field_dict["average"] = average
        if least is not UNSET:
            field_dict["least"] = least
        if greatest is not UNSET:
            field_dict["greatest"] = greatest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average = d.pop("average", UNSET)

        least = d.pop("least", UNSET)

        greatest = d.pop("greatest", UNSET)

        queued_call_list_hold_times = cls(
            average=average,
            least=least,
            greatest=greatest,
        )

        queued_call_list_hold_times.additional_properties = d
        return queued_call_list_hold_times

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
