from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queued_call import QueuedCall
    from ..models.queued_call_list_hold_times import QueuedCallListHoldTimes


T = TypeVar("T", bound="QueuedCallList")


@_attrs_define
class QueuedCallList:
    """
    Attributes:
        calls (list[QueuedCall]):
        queue_name (str):
        hold_times (QueuedCallListHoldTimes):
    """

    calls: list[QueuedCall]
    queue_name: str
    hold_times: QueuedCallListHoldTimes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = []
        for calls_item_data in self.calls:
            calls_item = calls_item_data.to_dict()
            calls.append(calls_item)

        queue_name = self.queue_name

        hold_times = self.hold_times.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls": calls,
                "queue_name": queue_name,
                "hold_times": hold_times,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queued_call import QueuedCall  # noqa: PLC0415
        from ..models.queued_call_list_hold_times import QueuedCallListHoldTimes  # noqa: PLC0415

        d = dict(src_dict)
        calls = []
        _calls = d.pop("calls")
        for calls_item_data in _calls:
            calls_item = QueuedCall.from_dict(calls_item_data)

            calls.append(calls_item)

        queue_name = d.pop("queue_name")

        hold_times = QueuedCallListHoldTimes.from_dict(d.pop("hold_times"))

        queued_call_list = cls(
            calls=calls,
            queue_name=queue_name,
            hold_times=hold_times,
        )

        queued_call_list.additional_properties = d
        return queued_call_list

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
