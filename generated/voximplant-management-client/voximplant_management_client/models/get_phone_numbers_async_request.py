from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPhoneNumbersAsyncRequest")


@_attrs_define
class GetPhoneNumbersAsyncRequest:
    """
    Attributes:
        with_header (bool | Unset): Whether to get a CSV file with the column names
    """

    with_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        with_header = self.with_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if with_header is not UNSET:
            field_dict["with_header"] = with_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        with_header = d.pop("with_header", UNSET)

        get_phone_numbers_async_request = cls(
            with_header=with_header,
        )

        get_phone_numbers_async_request.additional_properties = d
        return get_phone_numbers_async_request

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
