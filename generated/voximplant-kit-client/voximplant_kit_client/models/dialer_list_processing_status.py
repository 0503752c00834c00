from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialerListProcessingStatus")


@_attrs_define
class DialerListProcessingStatus:
    """
    Attributes:
        processed (int | Unset): Processed.
        invalid_phone (int | Unset): Bad phones.
        invalid_timezone (int | Unset): Bad time zones.
    """

    processed: int | Unset = UNSET
    invalid_phone: int | Unset = UNSET
    invalid_timezone: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        invalid_phone = self.invalid_phone

        invalid_timezone = self.invalid_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processed is not UNSET:
            field_dict["processed"] = processed
        if invalid_phone is not UNSET:
            field_dict["invalid_phone"] = invalid_phone
        if invalid_timezone is not UNSET:
            field_dict["invalid_timezone"] = invalid_timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processed = d.pop("processed", UNSET)

        invalid_phone = d.pop("invalid_phone", UNSET)

        invalid_timezone = d.pop("invalid_timezone", UNSET)

        dialer_list_processing_status = cls(
            processed=processed,
            invalid_phone=invalid_phone,
            invalid_timezone=invalid_timezone,
        )

        dialer_list_processing_status.additional_properties = d
        return dialer_list_processing_status

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
