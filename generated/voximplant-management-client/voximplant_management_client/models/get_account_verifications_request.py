from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountVerificationsRequest")


@_attrs_define
class GetAccountVerificationsRequest:
    """
    Attributes:
        account_id (int | Unset): The account to read: the caller's own (the default) or one of its child accounts
        active_verification_only (bool | Unset): Whether to return the active verification only
    """

    account_id: int | Unset = UNSET
    active_verification_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        active_verification_only = self.active_verification_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if active_verification_only is not UNSET:
            field_dict["active_verification_only"] = active_verification_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        active_verification_only = d.pop("active_verification_only", UNSET)

        get_account_verifications_request = cls(
            account_id=account_id,
            active_verification_only=active_verification_only,
        )

        get_account_verifications_request.additional_properties = d
        return get_account_verifications_request

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
