from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_session_event import ACDSessionEvent


T = TypeVar("T", bound="ACDSessionInfo")


@_attrs_define
class ACDSessionInfo:
    """
    Attributes:
        acd_session_history_id (int): The ACD session's history ID
        acd_request_id (str): The ACD request's ID
        acd_queue_id (int): The queue
        begin_time (str): When the request entered the queue (UTC)
        user_id (int | Unset): The operator who serviced the request
        waiting_time (int | Unset): The waiting time (seconds)
        talk_time (int | Unset): The talk time (seconds)
        callerid (str | Unset): The caller ID
        custom_data (str | Unset): The request's custom data
        operator_hangup (bool | Unset): Whether the operator ended the call
        unserviced (bool | Unset): Whether no operator serviced the request
        rejected (bool | Unset): Whether the queue rejected the request
        events (list[ACDSessionEvent] | Unset): The request's events (with_events)
    """

    acd_session_history_id: int
    acd_request_id: str
    acd_queue_id: int
    begin_time: str
    user_id: int | Unset = UNSET
    waiting_time: int | Unset = UNSET
    talk_time: int | Unset = UNSET
    callerid: str | Unset = UNSET
    custom_data: str | Unset = UNSET
    operator_hangup: bool | Unset = UNSET
    unserviced: bool | Unset = UNSET
    rejected: bool | Unset = UNSET
    events: list[ACDSessionEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_session_history_id = self.acd_session_history_id

        acd_request_id = self.acd_request_id

        acd_queue_id = self.acd_queue_id

        begin_time = self.begin_time

        user_id = self.user_id

        waiting_time = self.waiting_time

        talk_time = self.talk_time

        callerid = self.callerid

        custom_data = self.custom_data

        operator_hangup = self.operator_hangup

        unserviced = self.unserviced

        rejected = self.rejected

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_session_history_id": acd_session_history_id,
                "acd_request_id": acd_request_id,
                "acd_queue_id": acd_queue_id,
                "begin_time": begin_time,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if waiting_time is not UNSET:
            field_dict["waiting_time"] = waiting_time
        if talk_time is not UNSET:
            field_dict["talk_time"] = talk_time
        if callerid is not UNSET:
            field_dict["callerid"] = callerid
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if operator_hangup is not UNSET:
            field_dict["operator_hangup"] = operator_hangup
        if unserviced is not UNSET:
            field_dict["unserviced"] = unserviced
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_session_event import ACDSessionEvent  # noqa: PLC0415

        d = dict(src_dict)
        acd_session_history_id = d.pop("acd_session_history_id")

        acd_request_id = d.pop("acd_request_id")

        acd_queue_id = d.pop("acd_queue_id")

        begin_time = d.pop("begin_time")

        user_id = d.pop("user_id", UNSET)

        waiting_time = d.pop("waiting_time", UNSET)

        talk_time = d.pop("talk_time", UNSET)

        callerid = d.pop("callerid", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        operator_hangup = d.pop("operator_hangup", UNSET)

        unserviced = d.pop("unserviced", UNSET)

        rejected = d.pop("rejected", UNSET)

        _events = d.pop("events", UNSET)
        events: list[ACDSessionEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = ACDSessionEvent.from_dict(events_item_data)

                events.append(events_item)

        acd_session_info = cls(
            acd_session_history_id=acd_session_history_id,
            acd_request_id=acd_request_id,
            acd_queue_id=acd_queue_id,
            begin_time=begin_time,
            user_id=user_id,
            waiting_time=waiting_time,
            talk_time=talk_time,
            callerid=callerid,
            custom_data=custom_data,
            operator_hangup=operator_hangup,
            unserviced=unserviced,
            rejected=rejected,
            events=events,
        )

        acd_session_info.additional_properties = d
        return acd_session_info

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
