from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_action_events import DialActionEvents
    from ..models.dial_action_params import DialActionParams
    from ..models.dial_action_session_data_type_0 import DialActionSessionDataType0


T = TypeVar("T", bound="DialAction")


@_attrs_define
class DialAction:
    """Initiates a new, independent phone call (equivalent to POST /Dials/Connect); on answer the new call runs the Call
    Flow configuration of caller_id_no or override_callback_config.

    The parameter table lists session_data among the parameters; the examples put it beside `params`. Both places are
    accepted.

        Attributes:
            type_ (Literal['DIAL']): The action type.
            params (DialActionParams): The parameters of the action.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
            session_data (DialActionSessionDataType0 | str | Unset): Session data for the new call: an object, or an
                expression such as `$sessionData`.
            events (DialActionEvents | Unset):
    """

    type_: Literal["DIAL"]
    params: DialActionParams
    name: str | Unset = UNSET
    comments: str | Unset = UNSET
    session_data: DialActionSessionDataType0 | str | Unset = UNSET
    events: DialActionEvents | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.dial_action_session_data_type_0 import DialActionSessionDataType0  # noqa: PLC0415

        type_ = self.type_

        params = self.params.to_dict()

        name = self.name

        comments = self.comments

        session_data: dict[str, Any] | str | Unset
        if isinstance(self.session_data, Unset):
            session_data = UNSET
        elif isinstance(self.session_data, DialActionSessionDataType0):
            session_data = self.session_data.to_dict()
        else:
            session_data = self.session_data

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
        if session_data is not UNSET:
            field_dict["session_data"] = session_data
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_action_events import DialActionEvents  # noqa: PLC0415
        from ..models.dial_action_params import DialActionParams  # noqa: PLC0415
        from ..models.dial_action_session_data_type_0 import DialActionSessionDataType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["DIAL"], d.pop("type"))
        if type_ != "DIAL":
            raise ValueError(f"type must match const 'DIAL', got '{type_}'")

        params = DialActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        def _parse_session_data(data: object) -> DialActionSessionDataType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_data_type_0 = DialActionSessionDataType0.from_dict(data)

                return session_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DialActionSessionDataType0 | str | Unset, data)

        session_data = _parse_session_data(d.pop("session_data", UNSET))

        _events = d.pop("events", UNSET)
        events: DialActionEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = DialActionEvents.from_dict(_events)

        dial_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
            session_data=session_data,
            events=events,
        )

        return dial_action
