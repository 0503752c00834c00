from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.message import Message


@_attrs_define
class HoldCallParams:
    """Parameters of hold.call.

    Attributes:
        call_session_id (int): Unique ID of the call session, from the reply of a start.* method, the notification server or
            the REST API.
        contact_message (Message): The message played to the calling subscriber while on hold.
    """

    call_session_id: int
    contact_message: Message

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["call_session_id"] = self.call_session_id
        field_dict["contact_message"] = self.contact_message.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        _contact_message = d.pop("contact_message")
        contact_message = Message.from_dict(_contact_message)

        obj = cls(
            call_session_id=call_session_id,
            contact_message=contact_message,
        )
        return obj
