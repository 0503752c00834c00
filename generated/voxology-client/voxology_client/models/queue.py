from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queue_hold_times import QueueHoldTimes


T = TypeVar("T", bound="Queue")


@_attrs_define
class Queue:
    """
    Attributes:
        name (str):
        hold_times (QueueHoldTimes):
    """

    name: str
    hold_times: QueueHoldTimes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hold_times = self.hold_times.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "hold_times": hold_times,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_hold_times import QueueHoldTimes  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        hold_times = QueueHoldTimes.from_dict(d.pop("hold_times"))

        queue = cls(
            name=name,
            hold_times=hold_times,
        )

        queue.additional_properties = d
        return queue

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
