from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference_action_events import ConferenceActionEvents
    from ..models.conference_action_params import ConferenceActionParams


T = TypeVar("T", bound="ConferenceAction")


@_attrs_define
class ConferenceAction:
    """Initiates or joins a conference by name.

    To hear another call's early media, CONFERENCE must be the first action and have no on_enter handlers. The example's
    `exit_on_key` is "#0", a two-key combination.

        Attributes:
            type_ (Literal['CONFERENCE']): The action type.
            params (ConferenceActionParams): The parameters of the action.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
            events (ConferenceActionEvents | Unset): Event handlers: actions run when a join succeeds or fails.
    """

    type_: Literal["CONFERENCE"]
    params: ConferenceActionParams
    name: str | Unset = UNSET
    comments: str | Unset = UNSET
    events: ConferenceActionEvents | Unset = UNSET

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
        from ..models.conference_action_events import ConferenceActionEvents  # noqa: PLC0415
        from ..models.conference_action_params import ConferenceActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["CONFERENCE"], d.pop("type"))
        if type_ != "CONFERENCE":
            raise ValueError(f"type must match const 'CONFERENCE', got '{type_}'")

        params = ConferenceActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        _events = d.pop("events", UNSET)
        events: ConferenceActionEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = ConferenceActionEvents.from_dict(_events)

        conference_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
            events=events,
        )

        return conference_action
