from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_verification_verification_status import (
    AccountVerificationVerificationStatus,
    check_account_verification_verification_status,
)

T = TypeVar("T", bound="AccountVerification")


@_attrs_define
class AccountVerification:
    """
    Attributes:
        verification_name (str): The verification name: individual, legal_entity, entrepreneur
        verification_status (AccountVerificationVerificationStatus): The verification status: REQUIRED, IN_PROGRESS,
            VERIFIED
    """

    verification_name: str
    verification_status: AccountVerificationVerificationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_name = self.verification_name

        verification_status: str = self.verification_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verification_name": verification_name,
                "verification_status": verification_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_name = d.pop("verification_name")

        verification_status = check_account_verification_verification_status(d.pop("verification_status"))

        account_verification = cls(
            verification_name=verification_name,
            verification_status=verification_status,
        )

        account_verification.additional_properties = d
        return account_verification

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
