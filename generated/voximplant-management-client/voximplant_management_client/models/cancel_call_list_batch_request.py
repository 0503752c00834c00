from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelCallListBatchRequest")


@_attrs_define
class CancelCallListBatchRequest:
    """
    Attributes:
        batch_ids (str): Batch UUIDs of the tasks to cancel, separated by semicolon (;)
        list_id (int | Unset): Call list ID
        list_name (str | Unset):
    """

    batch_ids: str
    list_id: int | Unset = UNSET
    list_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_ids = self.batch_ids

        list_id = self.list_id

        list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_ids": batch_ids,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if list_name is not UNSET:
            field_dict["list_name"] = list_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_ids = d.pop("batch_ids")

        list_id = d.pop("list_id", UNSET)

        list_name = d.pop("list_name", UNSET)

        cancel_call_list_batch_request = cls(
            batch_ids=batch_ids,
            list_id=list_id,
            list_name=list_name,
        )

        cancel_call_list_batch_request.additional_properties = d
        return cancel_call_list_batch_request

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
