from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancelCallListTaskResponse")


@_attrs_define
class CancelCallListTaskResponse:
    """
    Attributes:
        error_msg (str): Reason for the error
        result (bool): Result of the operation
        task_id (int): Task’s ID
        task_uuid (str): Task’s UUID
    """

    error_msg: str
    result: bool
    task_id: int
    task_uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        result = self.result

        task_id = self.task_id

        task_uuid = self.task_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_msg": error_msg,
                "result": result,
                "task_id": task_id,
                "task_uuid": task_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_msg = d.pop("error_msg")

        result = d.pop("result")

        task_id = d.pop("task_id")

        task_uuid = d.pop("task_uuid")

        cancel_call_list_task_response = cls(
            error_msg=error_msg,
            result=result,
            task_id=task_id,
            task_uuid=task_uuid,
        )

        cancel_call_list_task_response.additional_properties = d
        return cancel_call_list_task_response

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
