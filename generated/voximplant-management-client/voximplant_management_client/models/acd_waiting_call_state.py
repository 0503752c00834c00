from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACDWaitingCallState")


@_attrs_define
class ACDWaitingCallState:
    """
    Attributes:
        acd_session_history_id (int): The ACD session history ID of the request
        begin_time (str): The begin time of the request in 24-h format: YYYY-MM-DD HH:mm:ss
        minutes_to_submit (int): The predicted minutes left to start servicing
        priority (int): The request priority
        user_display_name (str): The display user name of the operator
        user_name (str): The user name of the operator
        waiting_time (int): The waiting time in seconds
        callerid (str | Unset): The client callerid
        user_id (int | Unset): The user ID of the operator to try to service the request
    """

    acd_session_history_id: int
    begin_time: str
    minutes_to_submit: int
    priority: int
    user_display_name: str
    user_name: str
    waiting_time: int
    callerid: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_session_history_id = self.acd_session_history_id

        begin_time = self.begin_time

        minutes_to_submit = self.minutes_to_submit

        priority = self.priority

        user_display_name = self.user_display_name

        user_name = self.user_name

        waiting_time = self.waiting_time

        callerid = self.callerid

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_session_history_id": acd_session_history_id,
                "begin_time": begin_time,
                "minutes_to_submit": minutes_to_submit,
                "priority": priority,
                "user_display_name": user_display_name,
                "user_name": user_name,
                "waiting_time": waiting_time,
            }
        )
        if callerid is not UNSET:
            field_dict["callerid"] = callerid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_session_history_id = d.pop("acd_session_history_id")

        begin_time = d.pop("begin_time")

        minutes_to_submit = d.pop("minutes_to_submit")

        priority = d.pop("priority")

        user_display_name = d.pop("user_display_name")

        user_name = d.pop("user_name")

        waiting_time = d.pop("waiting_time")

        callerid = d.pop("callerid", UNSET)

        user_id = d.pop("user_id", UNSET)

        acd_waiting_call_state = cls(
            acd_session_history_id=acd_session_history_id,
            begin_time=begin_time,
            minutes_to_submit=minutes_to_submit,
            priority=priority,
            user_display_name=user_display_name,
            user_name=user_name,
            waiting_time=waiting_time,
            callerid=callerid,
            user_id=user_id,
        )

        acd_waiting_call_state.additional_properties = d
        return acd_waiting_call_state

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
