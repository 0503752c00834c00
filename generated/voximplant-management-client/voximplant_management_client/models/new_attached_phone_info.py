from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_attached_phone_info_verification_status import (
    NewAttachedPhoneInfoVerificationStatus,
    check_new_attached_phone_info_verification_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAttachedPhoneInfo")


@_attrs_define
class NewAttachedPhoneInfo:
    """
    Attributes:
        phone_id (int): The id of the attached phone number
        phone_number (str): The attached phone number
        required_verification (str | Unset): The verification the number needs before use (REGULATION_ADDRESS), empty if
            none
        verification_status (NewAttachedPhoneInfoVerificationStatus | Unset): The verification status: REQUIRED,
            IN_PROGRESS, VERIFIED
    """

    phone_id: int
    phone_number: str
    required_verification: str | Unset = UNSET
    verification_status: NewAttachedPhoneInfoVerificationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_id = self.phone_id

        phone_number = self.phone_number

        required_verification = self.required_verification

        verification_status: str | Unset = UNSET
        if not isinstance(self.verification_status, Unset):
            verification_status = self.verification_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_id": phone_id,
                "phone_number": phone_number,
            }
        )
        if required_verification is not UNSET:
            field_dict["required_verification"] = required_verification
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_id = d.pop("phone_id")

        phone_number = d.pop("phone_number")

        required_verification = d.pop("required_verification", UNSET)

        _verification_status = d.pop("verification_status", UNSET)
        verification_status: NewAttachedPhoneInfoVerificationStatus | Unset
        if isinstance(_verification_status, Unset):
            verification_status = UNSET
        else:
            verification_status = check_new_attached_phone_info_verification_status(_verification_status)

        new_attached_phone_info = cls(
            phone_id=phone_id,
            phone_number=phone_number,
            required_verification=required_verification,
            verification_status=verification_status,
        )

        new_attached_phone_info.additional_properties = d
        return new_attached_phone_info

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
