from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelCallListTaskRequest")


@_attrs_define
class CancelCallListTaskRequest:
    """
    Attributes:
        account_id (str): Account’s ID
        list_id (str): Call list’s ID
        tasks_ids (str | Unset): Task IDs separated by a semicolon. Specify either tasks_ids or tasks_uuids. The method
            returns an error if none of the parameters is specified
        tasks_uuids (str | Unset): Task UUIDs separated by a semicolon. Specify either tasks_ids or tasks_uuids. The
            method returns an error if none of the parameters is specified
    """

    account_id: str
    list_id: str
    tasks_ids: str | Unset = UNSET
    tasks_uuids: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        list_id = self.list_id

        tasks_ids = self.tasks_ids

        tasks_uuids = self.tasks_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "list_id": list_id,
            }
        )
        if tasks_ids is not UNSET:
            field_dict["tasks_ids"] = tasks_ids
        if tasks_uuids is not UNSET:
            field_dict["tasks_uuids"] = tasks_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        list_id = d.pop("list_id")

        tasks_ids = d.pop("tasks_ids", UNSET)

        tasks_uuids = d.pop("tasks_uuids", UNSET)

        cancel_call_list_task_request = cls(
            account_id=account_id,
            list_id=list_id,
            tasks_ids=tasks_ids,
            tasks_uuids=tasks_uuids,
        )

        cancel_call_list_task_request.additional_properties = d
        return cancel_call_list_task_request

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
