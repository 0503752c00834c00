from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeactivatePhoneNumberRequest")


@_attrs_define
class DeactivatePhoneNumberRequest:
    """
    Attributes:
        phone_id (str | Unset): Phone ids separated by semicolons (;), or all
        phone_number (str | Unset): Phone numbers in the international format without +, separated by semicolons (;)
    """

    phone_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_id = self.phone_id

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_id is not UNSET:
            field_dict["phone_id"] = phone_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_id = d.pop("phone_id", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        deactivate_phone_number_request = cls(
            phone_id=phone_id,
            phone_number=phone_number,
        )

        deactivate_phone_number_request.additional_properties = d
        return deactivate_phone_number_request

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
