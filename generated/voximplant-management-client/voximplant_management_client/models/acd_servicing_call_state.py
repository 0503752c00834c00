from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACDServicingCallState")


@_attrs_define
class ACDServicingCallState:
    """
    Attributes:
        acd_session_history_id (int): The ACD session history ID of the request
        begin_time (str): The begin time of the request in 24-h format: YYYY-MM-DD HH:mm:ss
        priority (int): The request priority
        user_display_name (str): The display user name of the operator
        user_id (int): The user ID of the operator
        user_name (str): The user name of the operator
        waiting_time (int): The waiting time before servicing in seconds
        callerid (str | Unset): The client callerid
    """

    acd_session_history_id: int
    begin_time: str
    priority: int
    user_display_name: str
    user_id: int
    user_name: str
    waiting_time: int
    callerid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_session_history_id = self.acd_session_history_id

        begin_time = self.begin_time

        priority = self.priority

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        waiting_time = self.waiting_time

        callerid = self.callerid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_session_history_id": acd_session_history_id,
                "begin_time": begin_time,
                "priority": priority,
                "user_display_name": user_display_name,
                "user_id": user_id,
                "user_name": user_name,
                "waiting_time": waiting_time,
            }
        )
        if callerid is not UNSET:
            field_dict["callerid"] = callerid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_session_history_id = d.pop("acd_session_history_id")

        begin_time = d.pop("begin_time")

        priority = d.pop("priority")

        user_display_name = d.pop("user_display_name")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        waiting_time = d.pop("waiting_time")

        callerid = d.pop("callerid", UNSET)

        acd_servicing_call_state = cls(
            acd_session_history_id=acd_session_history_id,
            begin_time=begin_time,
            priority=priority,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
            waiting_time=waiting_time,
            callerid=callerid,
        )

        acd_servicing_call_state.additional_properties = d
        return acd_servicing_call_state

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
