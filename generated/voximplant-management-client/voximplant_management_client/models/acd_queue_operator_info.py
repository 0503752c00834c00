from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ACDQueueOperatorInfo")


@_attrs_define
class ACDQueueOperatorInfo:
    """
    Attributes:
        acd_queue_id (int): The ACD queue ID
        acd_queue_name (str): The ACD queue name
        auto_link (bool): Whether the user is bound to the ACD queue in manual mode if false
    """

    acd_queue_id: int
    acd_queue_name: str
    auto_link: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_queue_name = self.acd_queue_name

        auto_link = self.auto_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
                "acd_queue_name": acd_queue_name,
                "auto_link": auto_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        acd_queue_name = d.pop("acd_queue_name")

        auto_link = d.pop("auto_link")

        acd_queue_operator_info = cls(
            acd_queue_id=acd_queue_id,
            acd_queue_name=acd_queue_name,
            auto_link=auto_link,
        )

        acd_queue_operator_info.additional_properties = d
        return acd_queue_operator_info

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
