from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_list_status import CallListStatus, check_call_list_status
from ..models.call_list_task_priority_strategy import (
    CallListTaskPriorityStrategy,
    check_call_list_task_priority_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallList")


@_attrs_define
class CallList:
    """
    Attributes:
        dt_submit (str): The date of submitted the list in 24-h format: YYYY-MM-DD HH:mm:ss
        interval_seconds (int): The interval between attempts in seconds
        list_id (int): The list ID
        list_name (str): The list name
        max_simultaneous (int): The maximum number of simultaneous tasks
        num_attempts (int): The number of task attempts run, which failed to call
        priority (int): The priority of the call list
        rule_id (int): The rule id
        status (CallListStatus): The status name. The possible values are In progress, Completed, Canceled
        task_priority_strategy (CallListTaskPriorityStrategy): Whether the first or repeated calls have priority.
        dt_complete (str | Unset): The completion date in 24-h format: YYYY-MM-DD HH:mm:ss
    """

    dt_submit: str
    interval_seconds: int
    list_id: int
    list_name: str
    max_simultaneous: int
    num_attempts: int
    priority: int
    rule_id: int
    status: CallListStatus
    task_priority_strategy: CallListTaskPriorityStrategy
    dt_complete: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dt_submit = self.dt_submit

        interval_seconds = self.interval_seconds

        list_id = self.list_id

        list_name = self.list_name

        max_simultaneous = self.max_simultaneous

        num_attempts = self.num_attempts

        priority = self.priority

        rule_id = self.rule_id

        status: str = self.status

        task_priority_strategy: str = self.task_priority_strategy

        dt_complete = self.dt_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dt_submit": dt_submit,
                "interval_seconds": interval_seconds,
                "list_id": list_id,
                "list_name": list_name,
                "max_simultaneous": max_simultaneous,
                "num_attempts": num_attempts,
                "priority": priority,
                "rule_id": rule_id,
                "status": status,
                "task_priority_strategy": task_priority_strategy,
            }
        )
        if dt_complete is not UNSET:
            field_dict["dt_complete"] = dt_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dt_submit = d.pop("dt_submit")

        interval_seconds = d.pop("interval_seconds")

        list_id = d.pop("list_id")

        list_name = d.pop("list_name")

        max_simultaneous = d.pop("max_simultaneous")

        num_attempts = d.pop("num_attempts")

        priority = d.pop("priority")

        rule_id = d.pop("rule_id")

        status = check_call_list_status(d.pop("status"))

        task_priority_strategy = check_call_list_task_priority_strategy(d.pop("task_priority_strategy"))

        dt_complete = d.pop("dt_complete", UNSET)

        call_list = cls(
            dt_submit=dt_submit,
            interval_seconds=interval_seconds,
            list_id=list_id,
            list_name=list_name,
            max_simultaneous=max_simultaneous,
            num_attempts=num_attempts,
            priority=priority,
            rule_id=rule_id,
            status=status,
            task_priority_strategy=task_priority_strategy,
            dt_complete=dt_complete,
        )

        call_list.additional_properties = d
        return call_list

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
