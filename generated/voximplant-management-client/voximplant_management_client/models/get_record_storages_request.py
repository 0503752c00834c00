from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRecordStoragesRequest")


@_attrs_define
class GetRecordStoragesRequest:
    """
    Attributes:
        record_storage_id (str | Unset): The record storage ID list separated by semicolons (;)
        record_storage_name (str | Unset): The record storage name list separated by semicolons (;)
        with_private (bool | Unset):
    """

    record_storage_id: str | Unset = UNSET
    record_storage_name: str | Unset = UNSET
    with_private: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_storage_id = self.record_storage_id

        record_storage_name = self.record_storage_name

        with_private = self.with_private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_storage_id is not UNSET:
            field_dict["record_storage_id"] = record_storage_id
        if record_storage_name is not UNSET:
            field_dict["record_storage_name"] = record_storage_name
        if with_private is not UNSET:
            field_dict["with_private"] = with_private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_storage_id = d.pop("record_storage_id", UNSET)

        record_storage_name = d.pop("record_storage_name", UNSET)

        with_private = d.pop("with_private", UNSET)

        get_record_storages_request = cls(
            record_storage_id=record_storage_id,
            record_storage_name=record_storage_name,
            with_private=with_private,
        )

        get_record_storages_request.additional_properties = d
        return get_record_storages_request

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
