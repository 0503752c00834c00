from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_call_list_request_task_priority_strategy import (
    EditCallListRequestTaskPriorityStrategy,
    check_edit_call_list_request_task_priority_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditCallListRequest")


@_attrs_define
class EditCallListRequest:
    """
    Attributes:
        list_id (int): Call list ID. If the ID is non existing, the 251 error returns
        interval_seconds (int | Unset): Minimum interval between call attempts. Cannot be a negative value
        ip_address (str | Unset): IP address in the Inet4Address format
        max_simultaneous (int | Unset): Maximum simultaneous call attempts for this call list. Cannot be less than 1
        name (str | Unset): Call list name. Cannot be bigger than 255 characters, cannot contain slash symbol
        num_attempts (int | Unset): Maximum call attempt number. Cannot be less than 1
        priority (int | Unset): Call list’s priority among other call list. The lower the value, the higher is the call
            list’s priority
        server_location (str | Unset): Location of the server processing the call list. If the ID is non existing, the
            496 error returns: The ‘server_location’ parameter is invalid.
        start_at (str | Unset): Time when the call list should start in the yyyy-MM-dd HH:mm:ss format
        task_priority_strategy (EditCallListRequestTaskPriorityStrategy | Unset): Optional. Whether to prioritize first
            calling attempts or repeated ones. The possible values are: first_attempts, repeated_attempts. The default
            values is first_attempts
    """

    list_id: int
    interval_seconds: int | Unset = UNSET
    ip_address: str | Unset = UNSET
    max_simultaneous: int | Unset = UNSET
    name: str | Unset = UNSET
    num_attempts: int | Unset = UNSET
    priority: int | Unset = UNSET
    server_location: str | Unset = UNSET
    start_at: str | Unset = UNSET
    task_priority_strategy: EditCallListRequestTaskPriorityStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        interval_seconds = self.interval_seconds

        ip_address = self.ip_address

        max_simultaneous = self.max_simultaneous

        name = self.name

        num_attempts = self.num_attempts

        priority = self.priority

        server_location = self.server_location

        start_at = self.start_at

        task_priority_strategy: str | Unset = UNSET
        if not isinstance(self.task_priority_strategy, Unset):
            task_priority_strategy = self.task_priority_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if interval_seconds is not UNSET:
            field_dict["interval_seconds"] = interval_seconds
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if max_simultaneous is not UNSET:
            field_dict["max_simultaneous"] = max_simultaneous
        if name is not UNSET:
            field_dict["name"] = name
        if num_attempts is not UNSET:
            field_dict["num_attempts"] = num_attempts
        if priority is not UNSET:
            field_dict["priority"] = priority
        if server_location is not UNSET:
            field_dict["server_location"] = server_location
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if task_priority_strategy is not UNSET:
            field_dict["task_priority_strategy"] = task_priority_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        interval_seconds = d.pop("interval_seconds", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        max_simultaneous = d.pop("max_simultaneous", UNSET)

        name = d.pop("name", UNSET)

        num_attempts = d.pop("num_attempts", UNSET)

        priority = d.pop("priority", UNSET)

        server_location = d.pop("server_location", UNSET)

        start_at = d.pop("start_at", UNSET)

        _task_priority_strategy = d.pop("task_priority_strategy", UNSET)
        task_priority_strategy: EditCallListRequestTaskPriorityStrategy | Unset
        if isinstance(_task_priority_strategy, Unset):
            task_priority_strategy = UNSET
        else:
            task_priority_strategy = check_edit_call_list_request_task_priority_strategy(_task_priority_strategy)

        edit_call_list_request = cls(
            list_id=list_id,
            interval_seconds=interval_seconds,
            ip_address=ip_address,
            max_simultaneous=max_simultaneous,
            name=name,
            num_attempts=num_attempts,
            priority=priority,
            server_location=server_location,
            start_at=start_at,
            task_priority_strategy=task_priority_strategy,
        )

        edit_call_list_request.additional_properties = d
        return edit_call_list_request

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
