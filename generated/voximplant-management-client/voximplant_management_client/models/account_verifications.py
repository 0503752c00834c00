from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_verifications_status import AccountVerificationsStatus, check_account_verifications_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountVerifications")


@_attrs_define
class AccountVerifications:
    """
    Attributes:
        account_id (int): The account id
        status (AccountVerificationsStatus): The verification status: REQUIRED, IN_PROGRESS, VERIFIED
        active (bool | Unset): Whether the verification is the active one
        verification_id (int | Unset): The verification id
        verification_name (str | Unset): The verification name
    """

    account_id: int
    status: AccountVerificationsStatus
    active: bool | Unset = UNSET
    verification_id: int | Unset = UNSET
    verification_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        status: str = self.status

        active = self.active

        verification_id = self.verification_id

        verification_name = self.verification_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "status": status,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if verification_id is not UNSET:
            field_dict["verification_id"] = verification_id
        if verification_name is not UNSET:
            field_dict["verification_name"] = verification_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        status = check_account_verifications_status(d.pop("status"))

        active = d.pop("active", UNSET)

        verification_id = d.pop("verification_id", UNSET)

        verification_name = d.pop("verification_name", UNSET)

        account_verifications = cls(
            account_id=account_id,
            status=status,
            active=active,
            verification_id=verification_id,
            verification_name=verification_name,
        )

        account_verifications.additional_properties = d
        return account_verifications

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
