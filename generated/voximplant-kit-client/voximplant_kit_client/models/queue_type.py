from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueType")


@_attrs_define
class QueueType:
    """A queue (fields read by third-party code).

    Attributes:
        id (int): Queue ID.
        acd_queue_title (str | Unset): Queue name.
    """

    id: int
    acd_queue_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        acd_queue_title = self.acd_queue_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if acd_queue_title is not UNSET:
            field_dict["acd_queue_title"] = acd_queue_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        acd_queue_title = d.pop("acd_queue_title", UNSET)

        queue_type = cls(
            id=id,
            acd_queue_title=acd_queue_title,
        )

        queue_type.additional_properties = d
        return queue_type

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
