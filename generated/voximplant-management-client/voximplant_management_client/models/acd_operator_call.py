from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACDOperatorCall")


@_attrs_define
class ACDOperatorCall:
    """
    Attributes:
        acd_queue_id (int): The ACD queue ID
        acd_queue_name (str): The ACD queue name
        acd_request_id (str): The internal ACD session history ID
        acd_session_history_id (int): The ACD session history ID of the request
        begin_time (str): The begin time of the request in 24-h format: YYYY-MM-DD HH:mm:ss
        callerid (str | Unset): The client callerid
        submitted (str | Unset): The submission time of the request in 24-h format: YYYY-MM-DD HH:mm:ss
    """

    acd_queue_id: int
    acd_queue_name: str
    acd_request_id: str
    acd_session_history_id: int
    begin_time: str
    callerid: str | Unset = UNSET
    submitted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_queue_name = self.acd_queue_name

        acd_request_id = self.acd_request_id

        acd_session_history_id = self.acd_session_history_id

        begin_time = self.begin_time

        callerid = self.callerid

        submitted = self.submitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
                "acd_queue_name": acd_queue_name,
                "acd_request_id": acd_request_id,
                "acd_session_history_id": acd_session_history_id,
                "begin_time": begin_time,
            }
        )
        if callerid is not UNSET:
            field_dict["callerid"] = callerid
        if submitted is not UNSET:
            field_dict["submitted"] = submitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        acd_queue_name = d.pop("acd_queue_name")

        acd_request_id = d.pop("acd_request_id")

        acd_session_history_id = d.pop("acd_session_history_id")

        begin_time = d.pop("begin_time")

        callerid = d.pop("callerid", UNSET)

        submitted = d.pop("submitted", UNSET)

        acd_operator_call = cls(
            acd_queue_id=acd_queue_id,
            acd_queue_name=acd_queue_name,
            acd_request_id=acd_request_id,
            acd_session_history_id=acd_session_history_id,
            begin_time=begin_time,
            callerid=callerid,
            submitted=submitted,
        )

        acd_operator_call.additional_properties = d
        return acd_operator_call

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
