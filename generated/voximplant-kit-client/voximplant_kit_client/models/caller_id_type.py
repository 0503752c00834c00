from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallerIDType")


@_attrs_define
class CallerIDType:
    """A verified caller ID.

    Attributes:
        id (int): Caller ID record ID.
        callerid_number (str): Verified number.
        active (bool | Unset): Active (verified and not expired).
        verified_until (str | Unset): Verification expiry, `YYYY-MM-DD`.
        domain_id (int | Unset): Account ID.
    """

    id: int
    callerid_number: str
    active: bool | Unset = UNSET
    verified_until: str | Unset = UNSET
    domain_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        callerid_number = self.callerid_number

        active = self.active

        verified_until = self.verified_until

        domain_id = self.domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "callerid_number": callerid_number,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if verified_until is not UNSET:
            field_dict["verified_until"] = verified_until
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        callerid_number = d.pop("callerid_number")

        active = d.pop("active", UNSET)

        verified_until = d.pop("verified_until", UNSET)

        domain_id = d.pop("domain_id", UNSET)

        caller_id_type = cls(
            id=id,
            callerid_number=callerid_number,
            active=active,
            verified_until=verified_until,
            domain_id=domain_id,
        )

        caller_id_type.additional_properties = d
        return caller_id_type

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
