from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class DisconnectLegParams:
    """Parameters of disconnect.leg.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        leg_id (int): Unique ID of the call's leg (list.calls or the notification server).
    """

    call_session_id: int
    leg_id: int

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        field_dict["leg_id"] = self.leg_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        leg_id = d.pop("leg_id")

        obj = cls(
            call_session_id=call_session_id,
            leg_id=leg_id,
        )
        return obj
