from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallListDetail")


@_attrs_define
class CallListDetail:
    """
    Attributes:
        attempts_left (int): The attempts left
        custom_data (str): The task's columns as a JSON object
        list_id (int): The call list ID
        status (str): The task status
        status_id (int): The status as a number: 0 New, 1 In progress, 2 Processed, 3 Error, 4 Canceled
        task_id (int): The task ID
        task_uuid (str): The task UUID
        finish_execution_time (str | Unset): When the task ended (UTC)
        last_attempt (str | Unset): When the last attempt started (UTC)
        result_data (str | Unset): What the scenario reported for the task (JSON text)
        start_execution_time (str | Unset): When the task's first attempt started (UTC)
    """

    attempts_left: int
    custom_data: str
    list_id: int
    status: str
    status_id: int
    task_id: int
    task_uuid: str
    finish_execution_time: str | Unset = UNSET
    last_attempt: str | Unset = UNSET
    result_data: str | Unset = UNSET
    start_execution_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts_left = self.attempts_left

        custom_data = self.custom_data

        list_id = self.list_id

        status = self.status

        status_id = self.status_id

        task_id = self.task_id

        task_uuid = self.task_uuid

        finish_execution_time = self.finish_execution_time

        last_attempt = self.last_attempt

        result_data = self.result_data

        start_execution_time = self.start_execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts_left": attempts_left,
                "custom_data": custom_data,
                "list_id": list_id,
                "status": status,
                "status_id": status_id,
                "task_id": task_id,
                "task_uuid": task_uuid,
            }
        )
        if finish_execution_time is not UNSET:
            field_dict["finish_execution_time"] = finish_execution_time
        if last_attempt is not UNSET:
            field_dict["last_attempt"] = last_attempt
        if result_data is not UNSET:
            field_dict["result_data"] = result_data
        if start_execution_time is not UNSET:
            field_dict["start_execution_time"] = start_execution_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts_left = d.pop("attempts_left")

        custom_data = d.pop("custom_data")

        list_id = d.pop("list_id")

        status = d.pop("status")

        status_id = d.pop("status_id")

        task_id = d.pop("task_id")

        task_uuid = d.pop("task_uuid")

        finish_execution_time = d.pop("finish_execution_time", UNSET)

        last_attempt = d.pop("last_attempt", UNSET)

        result_data = d.pop("result_data", UNSET)

        start_execution_time = d.pop("start_execution_time", UNSET)

        call_list_detail = cls(
            attempts_left=attempts_left,
            custom_data=custom_data,
            list_id=list_id,
            status=status,
            status_id=status_id,
            task_id=task_id,
            task_uuid=task_uuid,
            finish_execution_time=finish_execution_time,
            last_attempt=last_attempt,
            result_data=result_data,
            start_execution_time=start_execution_time,
        )

        call_list_detail.additional_properties = d
        return call_list_detail

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
