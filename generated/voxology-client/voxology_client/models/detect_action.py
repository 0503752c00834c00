from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_action_events import DetectActionEvents
    from ..models.detect_action_params import DetectActionParams


T = TypeVar("T", bound="DetectAction")


@_attrs_define
class DetectAction:
    """Detects whether a live person or a voicemail system answers the outbound call.

    The documentation shows this example as a bare action, not wrapped in `actions`.

        Attributes:
            type_ (Literal['DETECT']): The action type.
            events (DetectActionEvents):
            params (DetectActionParams | Unset): The parameters of the action.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["DETECT"]
    events: DetectActionEvents
    params: DetectActionParams | Unset = UNSET
    name: str | Unset = UNSET
    comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        events = self.events.to_dict()

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        name = self.name

        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "events": events,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_action_events import DetectActionEvents  # noqa: PLC0415
        from ..models.detect_action_params import DetectActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["DETECT"], d.pop("type"))
        if type_ != "DETECT":
            raise ValueError(f"type must match const 'DETECT', got '{type_}'")

        events = DetectActionEvents.from_dict(d.pop("events"))

        _params = d.pop("params", UNSET)
        params: DetectActionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DetectActionParams.from_dict(_params)

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        detect_action = cls(
            type_=type_,
            events=events,
            params=params,
            name=name,
            comments=comments,
        )

        return detect_action
