from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class CallTalkOptionParams:
    """Parameters of call.talk_option.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        button (str): The button that calls the talk option (buttons and actions are set in the client area).
    """

    call_session_id: int
    button: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        field_dict["button"] = self.button
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        button = d.pop("button")

        obj = cls(
            call_session_id=call_session_id,
            button=button,
        )
        return obj
