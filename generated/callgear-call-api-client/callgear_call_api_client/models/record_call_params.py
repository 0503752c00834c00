from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.record_call_action import RecordCallAction


@_attrs_define
class RecordCallParams:
    """Parameters of record.call.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        action (RecordCallAction): on - switch the recording on; off - switch it off.
    """

    call_session_id: int
    action: RecordCallAction

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        field_dict["action"] = self.action.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        _action = d.pop("action")
        action = RecordCallAction(_action)

        obj = cls(
            call_session_id=call_session_id,
            action=action,
        )
        return obj
