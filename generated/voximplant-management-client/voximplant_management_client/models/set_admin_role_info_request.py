from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_admin_role_info_request_entry_modification_mode import (
    SetAdminRoleInfoRequestEntryModificationMode,
    check_set_admin_role_info_request_entry_modification_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetAdminRoleInfoRequest")


@_attrs_define
class SetAdminRoleInfoRequest:
    """
    Attributes:
        admin_role_active (bool | Unset): Whether the admin role is enabled. If false the allowed and denied entries
            have no affect
        admin_role_id (int | Unset): The admin role to edit
        admin_role_name (str | Unset): The admin role to edit, can be used instead of admin_role_id
        allowed_entries (str | Unset): The list of allowed access entry changes separated by semicolons (;) (the API
            function names)
        denied_entries (str | Unset): The list of denied access entry changes separated by semicolons (;) (the API
            function names)
        entry_modification_mode (SetAdminRoleInfoRequestEntryModificationMode | Unset): The modification mode of the
            permission lists (allowed_entries and denied_entries). The following values are possible: add, del, set
        like_admin_role_id (str | Unset): The admin role ID list separated by semicolons (;). Use the ‘all’ value to
            select all admin roles. The list specifies the roles from which the allowed_entries and denied_entries are
            merged
        like_admin_role_name (str | Unset): The admin role name, can be used instead of like_admin_role_id. The name
            specifies a role from which the allowed_entries and denied_entries are merged
        new_admin_role_name (str | Unset): The new admin role name. The length must be less than 50
    """

    admin_role_active: bool | Unset = UNSET
    admin_role_id: int | Unset = UNSET
    admin_role_name: str | Unset = UNSET
    allowed_entries: str | Unset = UNSET
    denied_entries: str | Unset = UNSET
    entry_modification_mode: SetAdminRoleInfoRequestEntryModificationMode | Unset = UNSET
    like_admin_role_id: str | Unset = UNSET
    like_admin_role_name: str | Unset = UNSET
    new_admin_role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_role_active = self.admin_role_active

        admin_role_id = self.admin_role_id

        admin_role_name = self.admin_role_name

        allowed_entries = self.allowed_entries

        denied_entries = self.denied_entries

        entry_modification_mode: str | Unset = UNSET
        if not isinstance(self.entry_modification_mode, Unset):
            entry_modification_mode = self.entry_modification_mode

        like_admin_role_id = self.like_admin_role_id

        like_admin_role_name = self.like_admin_role_name

        new_admin_role_name = self.new_admin_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_role_active is not UNSET:
            field_dict["admin_role_active"] = admin_role_active
        if admin_role_id is not UNSET:
            field_dict["admin_role_id"] = admin_role_id
        if admin_role_name is not UNSET:
            field_dict["admin_role_name"] = admin_role_name
        if allowed_entries is not UNSET:
            field_dict["allowed_entries"] = allowed_entries
        if denied_entries is not UNSET:
            field_dict["denied_entries"] = denied_entries
        if entry_modification_mode is not UNSET:
            field_dict["entry_modification_mode"] = entry_modification_mode
        if like_admin_role_id is not UNSET:
            field_dict["like_admin_role_id"] = like_admin_role_id
        if like_admin_role_name is not UNSET:
            field_dict["like_admin_role_name"] = like_admin_role_name
        if new_admin_role_name is not UNSET:
            field_dict["new_admin_role_name"] = new_admin_role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_role_active = d.pop("admin_role_active", UNSET)

        admin_role_id = d.pop("admin_role_id", UNSET)

        admin_role_name = d.pop("admin_role_name", UNSET)

        allowed_entries = d.pop("allowed_entries", UNSET)

        denied_entries = d.pop("denied_entries", UNSET)

        _entry_modification_mode = d.pop("entry_modification_mode", UNSET)
        entry_modification_mode: SetAdminRoleInfoRequestEntryModificationMode | Unset
        if isinstance(_entry_modification_mode, Unset):
            entry_modification_mode = UNSET
        else:
            entry_modification_mode = check_set_admin_role_info_request_entry_modification_mode(
                _entry_modification_mode
            )

        like_admin_role_id = d.pop("like_admin_role_id", UNSET)

        like_admin_role_name = d.pop("like_admin_role_name", UNSET)

        new_admin_role_name = d.pop("new_admin_role_name", UNSET)

        set_admin_role_info_request = cls(
            admin_role_active=admin_role_active,
            admin_role_id=admin_role_id,
            admin_role_name=admin_role_name,
            allowed_entries=allowed_entries,
            denied_entries=denied_entries,
            entry_modification_mode=entry_modification_mode,
            like_admin_role_id=like_admin_role_id,
            like_admin_role_name=like_admin_role_name,
            new_admin_role_name=new_admin_role_name,
        )

        set_admin_role_info_request.additional_properties = d
        return set_admin_role_info_request

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
