from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteRecordRequest")


@_attrs_define
class DeleteRecordRequest:
    """
    Attributes:
        record_id (int | Unset): The record ID. Can be used instead of record_url
        record_url (str | Unset): The record URL. Can be used instead of record_id
    """

    record_id: int | Unset = UNSET
    record_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        record_url = self.record_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if record_url is not UNSET:
            field_dict["record_url"] = record_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id", UNSET)

        record_url = d.pop("record_url", UNSET)

        delete_record_request = cls(
            record_id=record_id,
            record_url=record_url,
        )

        delete_record_request.additional_properties = d
        return delete_record_request

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
