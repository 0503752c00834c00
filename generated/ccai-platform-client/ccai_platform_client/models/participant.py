from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """Participant (agent or end user leg) of a call.

    Attributes:
        id (int): Participant ID.
        type_ (str): Participant type; the examples show "agent" and "end_user" (no value set documented).
        status (str): Participant status; the examples show "waiting" (no value set documented).
        call_id (int): ID of the call this participant belongs to.
        user_id (int | None): Agent (user) ID for agent participants; null for end users.
        end_user_id (int | None): End user ID for end-user participants; null otherwise (and null before the end user is
            known).
        call_duration (int | None): Call duration of this leg; null until connected.
        hold_duration (int | None): Hold duration of this leg; null until connected.
        connected_at (datetime.datetime | None): When this leg connected.
        ended_at (datetime.datetime | None): When this leg ended.
        fail_reason (str): Fail reason; the examples show "nothing".
    """

    id: int
    type_: str
    status: str
    call_id: int
    user_id: int | None
    end_user_id: int | None
    call_duration: int | None
    hold_duration: int | None
    connected_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    fail_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        call_id = self.call_id

        user_id: int | None
        user_id = self.user_id

        end_user_id: int | None
        end_user_id = self.end_user_id

        call_duration: int | None
        call_duration = self.call_duration

        hold_duration: int | None
        hold_duration = self.hold_duration

        connected_at: None | str
        if isinstance(self.connected_at, datetime.datetime):
            connected_at = self.connected_at.isoformat()
        else:
            connected_at = self.connected_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "call_id": call_id,
                "user_id": user_id,
                "end_user_id": end_user_id,
                "call_duration": call_duration,
                "hold_duration": hold_duration,
                "connected_at": connected_at,
                "ended_at": ended_at,
                "fail_reason": fail_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        status = d.pop("status")

        call_id = d.pop("call_id")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_end_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end_user_id = _parse_end_user_id(d.pop("end_user_id"))

        def _parse_call_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        call_duration = _parse_call_duration(d.pop("call_duration"))

        def _parse_hold_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        hold_duration = _parse_hold_duration(d.pop("hold_duration"))

        def _parse_connected_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connected_at_type_0 = datetime.datetime.fromisoformat(data)

                return connected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        connected_at = _parse_connected_at(d.pop("connected_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        fail_reason = d.pop("fail_reason")

        participant = cls(
            id=id,
            type_=type_,
            status=status,
            call_id=call_id,
            user_id=user_id,
            end_user_id=end_user_id,
            call_duration=call_duration,
            hold_duration=hold_duration,
            connected_at=connected_at,
            ended_at=ended_at,
            fail_reason=fail_reason,
        )

        participant.additional_properties = d
        return participant

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
