from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditCallListTaskRequest")


@_attrs_define
class EditCallListTaskRequest:
    """
    Attributes:
        list_id (int): The call list ID
        attempts_left (int | Unset): The number of attempts the task may still make; 0 cancels it
        call_schedule (str | Unset): The task's call schedule
        custom_data (str | Unset): Columns to set on the task: a JSON object of column names and values
        max_execution_time (str | Unset): The end of the task's daily window (UTC, 'HH:mm:ss')
        min_execution_time (str | Unset): The start of the task's daily window (UTC, 'HH:mm:ss')
        next_attempt_time (str | Unset): When the next attempt is made (UTC, 'YYYY-MM-DD HH:mm:ss')
        skill_id (str | Unset): The skills the task needs, separated by semicolons (;) (ACD lists)
        start_at (str | Unset): When the task may start (UTC, 'YYYY-MM-DD HH:mm:ss')
        task_id (int | Unset): The task ID. Can be used instead of task_uuid
        task_uuid (str | Unset): The task UUID. Can be used instead of task_id
        user_id (int | Unset): The operator the task is assigned to (ACD lists)
    """

    list_id: int
    attempts_left: int | Unset = UNSET
    call_schedule: str | Unset = UNSET
    custom_data: str | Unset = UNSET
    max_execution_time: str | Unset = UNSET
    min_execution_time: str | Unset = UNSET
    next_attempt_time: str | Unset = UNSET
    skill_id: str | Unset = UNSET
    start_at: str | Unset = UNSET
    task_id: int | Unset = UNSET
    task_uuid: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        attempts_left = self.attempts_left

        call_schedule = self.call_schedule

        custom_data = self.custom_data

        max_execution_time = self.max_execution_time

        min_execution_time = self.min_execution_time

        next_attempt_time = self.next_attempt_time

        skill_id = self.skill_id

        start_at = self.start_at

        task_id = self.task_id

        task_uuid = self.task_uuid

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if attempts_left is not UNSET:
            field_dict["attempts_left"] = attempts_left
        if call_schedule is not UNSET:
            field_dict["call_schedule"] = call_schedule
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if max_execution_time is not UNSET:
            field_dict["max_execution_time"] = max_execution_time
        if min_execution_time is not UNSET:
            field_dict["min_execution_time"] = min_execution_time
        if next_attempt_time is not UNSET:
            field_dict["next_attempt_time"] = next_attempt_time
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_uuid is not UNSET:
            field_dict["task_uuid"] = task_uuid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        attempts_left = d.pop("attempts_left", UNSET)

        call_schedule = d.pop("call_schedule", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        max_execution_time = d.pop("max_execution_time", UNSET)

        min_execution_time = d.pop("min_execution_time", UNSET)

        next_attempt_time = d.pop("next_attempt_time", UNSET)

        skill_id = d.pop("skill_id", UNSET)

        start_at = d.pop("start_at", UNSET)

        task_id = d.pop("task_id", UNSET)

        task_uuid = d.pop("task_uuid", UNSET)

        user_id = d.pop("user_id", UNSET)

        edit_call_list_task_request = cls(
            list_id=list_id,
            attempts_left=attempts_left,
            call_schedule=call_schedule,
            custom_data=custom_data,
            max_execution_time=max_execution_time,
            min_execution_time=min_execution_time,
            next_attempt_time=next_attempt_time,
            skill_id=skill_id,
            start_at=start_at,
            task_id=task_id,
            task_uuid=task_uuid,
            user_id=user_id,
        )

        edit_call_list_task_request.additional_properties = d
        return edit_call_list_task_request

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
