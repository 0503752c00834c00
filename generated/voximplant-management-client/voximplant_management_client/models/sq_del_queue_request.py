from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SQDelQueueRequest")


@_attrs_define
class SQDelQueueRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID to search by
        application_name (str | Unset): Application name to search by. Can be used instead of application_id
        sq_queue_id (str | Unset): List of SmartQueue IDs separated by semicolons (;). Use ‘all’ to delete all the
            queues
        sq_queue_name (str | Unset): List of SmartQueue names separated by semicolons (;). Can be used instead of
            sq_queue_id
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    sq_queue_id: str | Unset = UNSET
    sq_queue_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if sq_queue_id is not UNSET:
            field_dict["sq_queue_id"] = sq_queue_id
        if sq_queue_name is not UNSET:
            field_dict["sq_queue_name"] = sq_queue_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        sq_queue_id = d.pop("sq_queue_id", UNSET)

        sq_queue_name = d.pop("sq_queue_name", UNSET)

        sq_del_queue_request = cls(
            application_id=application_id,
            application_name=application_name,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
        )

        sq_del_queue_request.additional_properties = d
        return sq_del_queue_request

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
