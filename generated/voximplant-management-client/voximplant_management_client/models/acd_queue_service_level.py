from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACDQueueServiceLevel")


@_attrs_define
class ACDQueueServiceLevel:
    """
    Attributes:
        acceptable_waiting_time (int | Unset): The acceptable waiting time (seconds)
        call_count (int | Unset): The number of calls
        service_level (float | Unset): The percentage of calls answered within the acceptable waiting time
    """

    acceptable_waiting_time: int | Unset = UNSET
    call_count: int | Unset = UNSET
    service_level: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceptable_waiting_time = self.acceptable_waiting_time

        call_count = self.call_count

        service_level = self.service_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceptable_waiting_time is not UNSET:
            field_dict["acceptable_waiting_time"] = acceptable_waiting_time
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if service_level is not UNSET:
            field_dict["service_level"] = service_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acceptable_waiting_time = d.pop("acceptable_waiting_time", UNSET)

        call_count = d.pop("call_count", UNSET)

        service_level = d.pop("service_level", UNSET)

        acd_queue_service_level = cls(
            acceptable_waiting_time=acceptable_waiting_time,
            call_count=call_count,
            service_level=service_level,
        )

        acd_queue_service_level.additional_properties = d
        return acd_queue_service_level

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
