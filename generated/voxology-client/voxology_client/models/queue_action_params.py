from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.queue_action_params_event import QueueActionParamsEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueActionParams")


@_attrs_define
class QueueActionParams:
    """The parameters of the action.

    Attributes:
        name (str): A unique name to identify the queue (alpha-numeric, underscores and dashes).
        event (QueueActionParamsEvent | Unset): offer puts this call in the queue; poll releases the next queued call;
            poll_connect bridges the next queued call to this one; remove takes this call out of the queue. Default:
            QueueActionParamsEvent.OFFER.
        async_ (bool | Unset): Only for offer: do not block, continue the call flow. Default: False.
        max_calls (float | Unset): Offers beyond this number of queued calls fail (see on_enter_error_max_calls).
            Default: infinity.
    """

    name: str
    event: QueueActionParamsEvent | Unset = QueueActionParamsEvent.OFFER
    async_: bool | Unset = False
    max_calls: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        async_ = self.async_

        max_calls = self.max_calls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if async_ is not UNSET:
            field_dict["async"] = async_
        if max_calls is not UNSET:
            field_dict["max_calls"] = max_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _event = d.pop("event", UNSET)
        event: QueueActionParamsEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = QueueActionParamsEvent(_event)

        async_ = d.pop("async", UNSET)

        max_calls = d.pop("max_calls", UNSET)

        queue_action_params = cls(
            name=name,
            event=event,
            async_=async_,
            max_calls=max_calls,
        )

        return queue_action_params
