from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DncContact")


@_attrs_define
class DncContact:
    """Phone number to add to the DNC list, with an optional expiry.

    Attributes:
        phone_number (str): Phone number, e.g. "+1-7187309219". Invalid numbers ("phone_number is invalid") and
            emergency numbers ("emergency phone number is not allowed") fail per item.
        expires_at (str | Unset): Optional expiry, in the form "2022-10-29 00:00:00 UTC" (not ISO 8601). A past
            date/time fails per item ("expires_at cannot be past date/time"); omitted = no expiry.
    """

    phone_number: str
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        expires_at = d.pop("expires_at", UNSET)

        dnc_contact = cls(
            phone_number=phone_number,
            expires_at=expires_at,
        )

        dnc_contact.additional_properties = d
        return dnc_contact

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
