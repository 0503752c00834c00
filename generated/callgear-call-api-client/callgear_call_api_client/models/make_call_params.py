from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.message import Message
from ..types import UNSET, Unset


@_attrs_define
class MakeCallParams:
    """Parameters of make.call.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        to (str): The number to dial, in E.164 format; an extension number, an external number, an employee's
            number or a SIP number.
        to_message (Message | Unset): A message played to the subscriber from `to` while they answer; the subscriber on hold hears the
            hold message to the end meanwhile.
    """

    call_session_id: int
    to: str
    to_message: Message | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        field_dict["to"] = self.to
        if not isinstance(self.to_message, Unset):
            field_dict["to_message"] = self.to_message.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        to = d.pop("to")

        _to_message = d.pop("to_message", UNSET)
        to_message: Message | Unset = UNSET if isinstance(_to_message, Unset) else Message.from_dict(_to_message)

        obj = cls(
            call_session_id=call_session_id,
            to=to,
            to_message=to_message,
        )
        return obj
