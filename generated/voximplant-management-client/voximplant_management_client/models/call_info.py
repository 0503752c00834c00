from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallInfo")


@_attrs_define
class CallInfo:
    """
    Attributes:
        call_id (int): Call’s history ID
        incoming (bool): Whether the call is incoming
        local_number (str): Local number on the platform side
        media_server_address (str): Media server’s IP address
        remote_number (str): Remote number on the client side
        remote_number_type (str): Type of the remote number, e.g., a PSTN, mobile, user or sip address
        start_time (str): Call start time in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        successful (bool): Whether the call is successful
        transaction_id (int): Transaction ID
        cost (float | Unset): Call’s cost
        custom_data (str | Unset): Custom data passed to the JS session
        diversion_number (str | Unset): Call forwarding number
        duration (int | Unset): Call duration in seconds
        end_reason (Any | Unset): End reason code and description
        record_url (str | Unset): Record URL
    """

    call_id: int
    incoming: bool
    local_number: str
    media_server_address: str
    remote_number: str
    remote_number_type: str
    start_time: str
    successful: bool
    transaction_id: int
    cost: float | Unset = UNSET
    custom_data: str | Unset = UNSET
    diversion_number: str | Unset = UNSET
    duration: int | Unset = UNSET
    end_reason: Any | Unset = UNSET
    record_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        incoming = self.incoming

        local_number = self.local_number

        media_server_address = self.media_server_address

        remote_number = self.remote_number

        remote_number_type = self.remote_number_type

        start_time = self.start_time

        successful = self.successful

        transaction_id = self.transaction_id

        cost = self.cost

        custom_data = self.custom_data

        diversion_number = self.diversion_number

        duration = self.duration

        end_reason = self.end_reason

        record_url = self.record_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "incoming": incoming,
                "local_number": local_number,
                "media_server_address": media_server_address,
                "remote_number": remote_number,
                "remote_number_type": remote_number_type,
                "start_time": start_time,
                "successful": successful,
                "transaction_id": transaction_id,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if diversion_number is not UNSET:
            field_dict["diversion_number"] = diversion_number
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason
        if record_url is not UNSET:
            field_dict["record_url"] = record_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        incoming = d.pop("incoming")

        local_number = d.pop("local_number")

        media_server_address = d.pop("media_server_address")

        remote_number = d.pop("remote_number")

        remote_number_type = d.pop("remote_number_type")

        start_time = d.pop("start_time")

        successful = d.pop("successful")

        transaction_id = d.pop("transaction_id")

        cost = d.pop("cost", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        diversion_number = d.pop("diversion_number", UNSET)

        duration = d.pop("duration", UNSET)

        end_reason = d.pop("end_reason", UNSET)

        record_url = d.pop("record_url", UNSET)

        call_info = cls(
            call_id=call_id,
            incoming=incoming,
            local_number=local_number,
            media_server_address=media_server_address,
            remote_number=remote_number,
            remote_number_type=remote_number_type,
            start_time=start_time,
            successful=successful,
            transaction_id=transaction_id,
            cost=cost,
            custom_data=custom_data,
            diversion_number=diversion_number,
            duration=duration,
            end_reason=end_reason,
            record_url=record_url,
        )

        call_info.additional_properties = d
        return call_info

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
