from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditPriorityResult")


@_attrs_define
class EditPriorityResult:
    """editCallListTasksPriority outcome.

    Attributes:
        changed_priority (int): Tasks changed.
        already_succeed_tasks (int | list[str] | Unset): Tasks already successful (count or list).
        already_failed_tasks (int | list[str] | Unset): Tasks already failed (count or list).
        invalid_tasks (int | list[str] | Unset): Unknown tasks (count or list).
    """

    changed_priority: int
    already_succeed_tasks: int | list[str] | Unset = UNSET
    already_failed_tasks: int | list[str] | Unset = UNSET
    invalid_tasks: int | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_priority = self.changed_priority

        already_succeed_tasks: int | list[str] | Unset
        if isinstance(self.already_succeed_tasks, Unset):
            already_succeed_tasks = UNSET
        elif isinstance(self.already_succeed_tasks, list):
            already_succeed_tasks = self.already_succeed_tasks

        else:
            already_succeed_tasks = self.already_succeed_tasks

        already_failed_tasks: int | list[str] | Unset
        if isinstance(self.already_failed_tasks, Unset):
            already_failed_tasks = UNSET
        elif isinstance(self.already_failed_tasks, list):
            already_failed_tasks = self.already_failed_tasks

        else:
            already_failed_tasks = self.already_failed_tasks

        invalid_tasks: int | list[str] | Unset
        if isinstance(self.invalid_tasks, Unset):
            invalid_tasks = UNSET
        elif isinstance(self.invalid_tasks, list):
            invalid_tasks = self.invalid_tasks

        else:
            invalid_tasks = self.invalid_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_priority": changed_priority,
            }
        )
        if already_succeed_tasks is not UNSET:
            field_dict["already_succeed_tasks"] = already_succeed_tasks
        if already_failed_tasks is not UNSET:
            field_dict["already_failed_tasks"] = already_failed_tasks
        if invalid_tasks is not UNSET:
            field_dict["invalid_tasks"] = invalid_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed_priority = d.pop("changed_priority")

        def _parse_already_succeed_tasks(data: object) -> int | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                already_succeed_tasks_type_1 = cast(list[str], data)

                return already_succeed_tasks_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[str] | Unset, data)

        already_succeed_tasks = _parse_already_succeed_tasks(d.pop("already_succeed_tasks", UNSET))

        def _parse_already_failed_tasks(data: object) -> int | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                already_failed_tasks_type_1 = cast(list[str], data)

                return already_failed_tasks_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[str] | Unset, data)

        already_failed_tasks = _parse_already_failed_tasks(d.pop("already_failed_tasks", UNSET))

        def _parse_invalid_tasks(data: object) -> int | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invalid_tasks_type_1 = cast(list[str], data)

                return invalid_tasks_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[str] | Unset, data)

        invalid_tasks = _parse_invalid_tasks(d.pop("invalid_tasks", UNSET))

        edit_priority_result = cls(
            changed_priority=changed_priority,
            already_succeed_tasks=already_succeed_tasks,
            already_failed_tasks=already_failed_tasks,
            invalid_tasks=invalid_tasks,
        )

        edit_priority_result.additional_properties = d
        return edit_priority_result

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
