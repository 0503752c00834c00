from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class SendDtmfParams:
    """Parameters of send.dtmf.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        dtmf_string (str): The DTMF symbols to send (0-9, *, #).
    """

    call_session_id: int
    dtmf_string: str

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        field_dict["dtmf_string"] = self.dtmf_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        dtmf_string = d.pop("dtmf_string")

        obj = cls(
            call_session_id=call_session_id,
            dtmf_string=dtmf_string,
        )
        return obj
