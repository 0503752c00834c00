from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queued_call_call import QueuedCallCall


T = TypeVar("T", bound="QueuedCall")


@_attrs_define
class QueuedCall:
    """
    Attributes:
        call (QueuedCallCall):
        queued_on (str): An ISO 8601 date/time.
        hold_time (float): Seconds queued.
        position (int): The position in the queue.
    """

    call: QueuedCallCall
    queued_on: str
    hold_time: float
    position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call = self.call.to_dict()

        queued_on = self.queued_on

        hold_time = self.hold_time

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
                "queued_on": queued_on,
                "hold_time": hold_time,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queued_call_call import QueuedCallCall  # noqa: PLC0415

        d = dict(src_dict)
        call = QueuedCallCall.from_dict(d.pop("call"))

        queued_on = d.pop("queued_on")

        hold_time = d.pop("hold_time")

        position = d.pop("position")

        queued_call = cls(
            call=call,
            queued_on=queued_on,
            hold_time=hold_time,
            position=position,
        )

        queued_call.additional_properties = d
        return queued_call

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
