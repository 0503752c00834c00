from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallerIDInfo")


@_attrs_define
class CallerIDInfo:
    """
    Attributes:
        active (bool): Whether active
        callerid_id (int): The callerID id
        callerid_number (str): The callerID number
        code_entering_attempts_left (int | Unset): The code entering attempts left for the unverified callerID
        verification_call_attempts_left (int | Unset): The verification call attempts left for the unverified callerID
        verified_until (str | Unset): The verification ending date in the following format: YYYY-MM-DD (for the verified
            callerID)
    """

    active: bool
    callerid_id: int
    callerid_number: str
    code_entering_attempts_left: int | Unset = UNSET
    verification_call_attempts_left: int | Unset = UNSET
    verified_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        callerid_id = self.callerid_id

        callerid_number = self.callerid_number

        code_entering_attempts_left = self.code_entering_attempts_left

        verification_call_attempts_left = self.verification_call_attempts_left

        verified_until = self.verified_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "callerid_id": callerid_id,
                "callerid_number": callerid_number,
            }
        )
        if code_entering_attempts_left is not UNSET:
            field_dict["code_entering_attempts_left"] = code_entering_attempts_left
        if verification_call_attempts_left is not UNSET:
            field_dict["verification_call_attempts_left"] = verification_call_attempts_left
        if verified_until is not UNSET:
            field_dict["verified_until"] = verified_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        callerid_id = d.pop("callerid_id")

        callerid_number = d.pop("callerid_number")

        code_entering_attempts_left = d.pop("code_entering_attempts_left", UNSET)

        verification_call_attempts_left = d.pop("verification_call_attempts_left", UNSET)

        verified_until = d.pop("verified_until", UNSET)

        caller_id_info = cls(
            active=active,
            callerid_id=callerid_id,
            callerid_number=callerid_number,
            code_entering_attempts_left=code_entering_attempts_left,
            verification_call_attempts_left=verification_call_attempts_left,
            verified_until=verified_until,
        )

        caller_id_info.additional_properties = d
        return caller_id_info

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
