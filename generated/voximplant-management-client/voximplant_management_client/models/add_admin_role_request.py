from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAdminRoleRequest")


@_attrs_define
class AddAdminRoleRequest:
    """
    Attributes:
        admin_role_name (str): The admin role name. The length must be less than 50
        admin_role_active (bool | Unset): Whether the admin role is enabled. If false the allowed and denied entries
            have no affect
        allowed_entries (str | Unset): The list of allowed access entries separated by semicolons (;) (the API function
            names)
        denied_entries (str | Unset): The list of denied access entries separated by semicolons (;) (the API function
            names)
        like_admin_role_id (str | Unset): The admin role ID list separated by semicolons (;). Use the ‘all’ value to
            select all admin roles. The list specifies the roles from which the new role automatically copies all
            permissions (allowed_entries and denied_entries)
        like_admin_role_name (str | Unset): The admin role name that can be used instead of like_admin_role_id. The name
            specifies a role from which the new role automatically copies all permissions (allowed_entries and
            denied_entries)
    """

    admin_role_name: str
    admin_role_active: bool | Unset = UNSET
    allowed_entries: str | Unset = UNSET
    denied_entries: str | Unset = UNSET
    like_admin_role_id: str | Unset = UNSET
    like_admin_role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_role_name = self.admin_role_name

        admin_role_active = self.admin_role_active

        allowed_entries = self.allowed_entries

        denied_entries = self.denied_entries

        like_admin_role_id = self.like_admin_role_id

        like_admin_role_name = self.like_admin_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_role_name": admin_role_name,
            }
        )
        if admin_role_active is not UNSET:
            field_dict["admin_role_active"] = admin_role_active
        if allowed_entries is not UNSET:
            field_dict["allowed_entries"] = allowed_entries
        if denied_entries is not UNSET:
            field_dict["denied_entries"] = denied_entries
        if like_admin_role_id is not UNSET:
            field_dict["like_admin_role_id"] = like_admin_role_id
        if like_admin_role_name is not UNSET:
            field_dict["like_admin_role_name"] = like_admin_role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_role_name = d.pop("admin_role_name")

        admin_role_active = d.pop("admin_role_active", UNSET)

        allowed_entries = d.pop("allowed_entries", UNSET)

        denied_entries = d.pop("denied_entries", UNSET)

        like_admin_role_id = d.pop("like_admin_role_id", UNSET)

        like_admin_role_name = d.pop("like_admin_role_name", UNSET)

        add_admin_role_request = cls(
            admin_role_name=admin_role_name,
            admin_role_active=admin_role_active,
            allowed_entries=allowed_entries,
            denied_entries=denied_entries,
            like_admin_role_id=like_admin_role_id,
            like_admin_role_name=like_admin_role_name,
        )

        add_admin_role_request.additional_properties = d
        return add_admin_role_request

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
