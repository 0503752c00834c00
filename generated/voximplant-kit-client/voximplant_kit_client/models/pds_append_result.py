from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.append_fail_type import AppendFailType


T = TypeVar("T", bound="PdsAppendResult")


@_attrs_define
class PdsAppendResult:
    """agentCampaigns/appendContacts outcome.

    Attributes:
        list_id (int): List created.
        count (int): Rows received.
        success_count (int): Rows added.
        errors_count (int): Rows rejected.
        fail_list (list[AppendFailType]):
    """

    list_id: int
    count: int
    success_count: int
    errors_count: int
    fail_list: list[AppendFailType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        count = self.count

        success_count = self.success_count

        errors_count = self.errors_count

        fail_list = []
        for fail_list_item_data in self.fail_list:
            fail_list_item = fail_list_item_data.to_dict()
            fail_list.append(fail_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "count": count,
                "success_count": success_count,
                "errors_count": errors_count,
                "fail_list": fail_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.append_fail_type import AppendFailType  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("list_id")

        count = d.pop("count")

        success_count = d.pop("success_count")

        errors_count = d.pop("errors_count")

        fail_list = []
        _fail_list = d.pop("fail_list")
        for fail_list_item_data in _fail_list:
            fail_list_item = AppendFailType.from_dict(fail_list_item_data)

            fail_list.append(fail_list_item)

        pds_append_result = cls(
            list_id=list_id,
            count=count,
            success_count=success_count,
            errors_count=errors_count,
            fail_list=fail_list,
        )

        pds_append_result.additional_properties = d
        return pds_append_result

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
