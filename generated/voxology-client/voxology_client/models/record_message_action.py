from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_message_action_events import RecordMessageActionEvents
    from ..models.record_message_action_params import RecordMessageActionParams


T = TypeVar("T", bound="RecordMessageAction")


@_attrs_define
class RecordMessageAction:
    """Voicemail-style recording: record, play back, then save or discard the message.

    Recordings are saved by a RECORDMESSAGE `save`, or when the call ends before a `discard`.

        Attributes:
            type_ (Literal['RECORDMESSAGE']): The action type.
            params (RecordMessageActionParams | Unset): The parameters of the action.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
            events (RecordMessageActionEvents | Unset):
    """

    type_: Literal["RECORDMESSAGE"]
    params: RecordMessageActionParams | Unset = UNSET
    name: str | Unset = UNSET
    comments: str | Unset = UNSET
    events: RecordMessageActionEvents | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
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
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_message_action_events import RecordMessageActionEvents  # noqa: PLC0415
        from ..models.record_message_action_params import RecordMessageActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["RECORDMESSAGE"], d.pop("type"))
        if type_ != "RECORDMESSAGE":
            raise ValueError(f"type must match const 'RECORDMESSAGE', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: RecordMessageActionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = RecordMessageActionParams.from_dict(_params)

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        _events = d.pop("events", UNSET)
        events: RecordMessageActionEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = RecordMessageActionEvents.from_dict(_events)

        record_message_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
            events=events,
        )

        return record_message_action
