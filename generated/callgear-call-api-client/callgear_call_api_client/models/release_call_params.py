from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class ReleaseCallParams:
    """Parameters of release.call.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
    """

    call_session_id: int

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        obj = cls(
            call_session_id=call_session_id,
        )
        return obj
