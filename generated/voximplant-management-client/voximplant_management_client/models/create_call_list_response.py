from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateCallListResponse")


@_attrs_define
class CreateCallListResponse:
    """
    Attributes:
        batch_id (str): Batch UUID
        count (int): Number of stored records
        list_id (int): List ID
        result (bool): Whether the request completed successfully
    """

    batch_id: str
    count: int
    list_id: int
    result: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        count = self.count

        list_id = self.list_id

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "count": count,
                "list_id": list_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        count = d.pop("count")

        list_id = d.pop("list_id")

        result = d.pop("result")

        create_call_list_response = cls(
            batch_id=batch_id,
            count=count,
            list_id=list_id,
            result=result,
        )

        create_call_list_response.additional_properties = d
        return create_call_list_response

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
