from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class AddCoachParams:
    """Parameters of add.coach.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        phone_number (str | Unset): The coach's number, when the coach is not set in the client area.
    """

    call_session_id: int
    phone_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        _phone_number = d.pop("phone_number", UNSET)
        phone_number: str | Unset = UNSET if isinstance(_phone_number, Unset) else _phone_number

        obj = cls(
            call_session_id=call_session_id,
            phone_number=phone_number,
        )
        return obj
