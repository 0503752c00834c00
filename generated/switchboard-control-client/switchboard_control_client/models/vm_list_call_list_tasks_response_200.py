from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document import Document


T = TypeVar("T", bound="VmListCallListTasksResponse200")


@_attrs_define
class VmListCallListTasksResponse200:
    """
    Attributes:
        list_id (int):
        status (str):
        in_progress (int):
        tasks (list[Document]):
    """

    list_id: int
    status: str
    in_progress: int
    tasks: list[Document]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        status = self.status

        in_progress = self.in_progress

        tasks = []
        for componentsschemas_documents_item_data in self.tasks:
            componentsschemas_documents_item = componentsschemas_documents_item_data.to_dict()
            tasks.append(componentsschemas_documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "status": status,
                "in_progress": in_progress,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id")

        status = d.pop("status")

        in_progress = d.pop("in_progress")

        tasks = []
        _tasks = d.pop("tasks")
        for componentsschemas_documents_item_data in _tasks:
            componentsschemas_documents_item = Document.from_dict(componentsschemas_documents_item_data)

            tasks.append(componentsschemas_documents_item)

        vm_list_call_list_tasks_response_200 = cls(
            list_id=list_id,
            status=status,
            in_progress=in_progress,
            tasks=tasks,
        )

        vm_list_call_list_tasks_response_200.additional_properties = d
        return vm_list_call_list_tasks_response_200

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
