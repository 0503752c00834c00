from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountDocumentsRequest")


@_attrs_define
class GetAccountDocumentsRequest:
    """
    Attributes:
        child_account_id (str | Unset): Child account ids separated by semicolons (;), or all
        children_verifications_only (bool | Unset): Whether to leave out the account's own verifications
        from_unverified_hold_until (str | Unset): Holds ending on or after, YYYY-MM-DD
        to_unverified_hold_until (str | Unset): Holds ending on or before, YYYY-MM-DD
        verification_name (str | Unset): The verification name to filter by
        verification_status (str | Unset): Verification statuses separated by semicolons (;): REQUIRED, IN_PROGRESS,
            VERIFIED
        with_details (bool | Unset): Whether to include the details
    """

    child_account_id: str | Unset = UNSET
    children_verifications_only: bool | Unset = UNSET
    from_unverified_hold_until: str | Unset = UNSET
    to_unverified_hold_until: str | Unset = UNSET
    verification_name: str | Unset = UNSET
    verification_status: str | Unset = UNSET
    with_details: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_account_id = self.child_account_id

        children_verifications_only = self.children_verifications_only

        from_unverified_hold_until = self.from_unverified_hold_until

        to_unverified_hold_until = self.to_unverified_hold_until

        verification_name = self.verification_name

        verification_status = self.verification_status

        with_details = self.with_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_account_id is not UNSET:
            field_dict["child_account_id"] = child_account_id
        if children_verifications_only is not UNSET:
            field_dict["children_verifications_only"] = children_verifications_only
        if from_unverified_hold_until is not UNSET:
            field_dict["from_unverified_hold_until"] = from_unverified_hold_until
        if to_unverified_hold_until is not UNSET:
            field_dict["to_unverified_hold_until"] = to_unverified_hold_until
        if verification_name is not UNSET:
            field_dict["verification_name"] = verification_name
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if with_details is not UNSET:
            field_dict["with_details"] = with_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        child_account_id = d.pop("child_account_id", UNSET)

        children_verifications_only = d.pop("children_verifications_only", UNSET)

        from_unverified_hold_until = d.pop("from_unverified_hold_until", UNSET)

        to_unverified_hold_until = d.pop("to_unverified_hold_until", UNSET)

        verification_name = d.pop("verification_name", UNSET)

        verification_status = d.pop("verification_status", UNSET)

        with_details = d.pop("with_details", UNSET)

        get_account_documents_request = cls(
            child_account_id=child_account_id,
            children_verifications_only=children_verifications_only,
            from_unverified_hold_until=from_unverified_hold_until,
            to_unverified_hold_until=to_unverified_hold_until,
            verification_name=verification_name,
            verification_status=verification_status,
            with_details=with_details,
        )

        get_account_documents_request.additional_properties = d
        return get_account_documents_request

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
