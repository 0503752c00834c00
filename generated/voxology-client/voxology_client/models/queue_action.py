from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_action_events import QueueActionEvents
    from ..models.queue_action_params import QueueActionParams


T = TypeVar("T", bound="QueueAction")


@_attrs_define
class QueueAction:
    """Places or removes callers from a queue.

    Attributes:
        type_ (Literal['QUEUE']): The action type.
        params (QueueActionParams): The parameters of the action.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
        events (QueueActionEvents | Unset):
    """

    type_: Literal["QUEUE"]
    params: QueueActionParams
    name: str | Unset = UNSET
    comments: str | Unset = UNSET
    events: QueueActionEvents | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        name = self.name

        comments = self.comments

        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_action_events import QueueActionEvents  # noqa: PLC0415
        from ..models.queue_action_params import QueueActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["QUEUE"], d.pop("type"))
        if type_ != "QUEUE":
            raise ValueError(f"type must match const 'QUEUE', got '{type_}'")

        params = QueueActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        _events = d.pop("events", UNSET)
        events: QueueActionEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = QueueActionEvents.from_dict(_events)

        queue_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
            events=events,
        )

        return queue_action
