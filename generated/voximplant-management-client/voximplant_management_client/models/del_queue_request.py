from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelQueueRequest")


@_attrs_define
class DelQueueRequest:
    """
    Attributes:
        acd_queue_id (str | Unset): The ACD queue ID list separated by semicolons (;)
        acd_queue_name (str | Unset): The ACD queue name that can be used instead of acd_queue_id. The ACD queue name
            list separated by semicolons (;)
    """

    acd_queue_id: str | Unset = UNSET
    acd_queue_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_queue_name = self.acd_queue_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if acd_queue_name is not UNSET:
            field_dict["acd_queue_name"] = acd_queue_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id", UNSET)

        acd_queue_name = d.pop("acd_queue_name", UNSET)

        del_queue_request = cls(
            acd_queue_id=acd_queue_id,
            acd_queue_name=acd_queue_name,
        )

        del_queue_request.additional_properties = d
        return del_queue_request

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
