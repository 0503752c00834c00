from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAdminRolesRequest")


@_attrs_define
class GetAdminRolesRequest:
    """
    Attributes:
        admin_role_active (bool | Unset): Whether the admin role is enabled to filter
        admin_role_id (int | Unset): The admin role ID to filter
        admin_role_name (str | Unset): The admin role name part to filter
        count (int | Unset): The max returning record count
        excluded_admin_user_id (str | Unset): Not attached admin user ID list separated by semicolons (;). Use the ‘all’
            value to select all admin users
        full_admin_users_matching (str | Unset): Set false to get roles with partial admin user list matching
        included_admin_user_id (str | Unset): The attached admin user ID list separated by semicolons (;). Use the ‘all’
            value to select all admin users
        offset (int | Unset): The first N records are skipped in the output
        showing_admin_user_id (int | Unset): The admin user to show in the ‘admin_users’ field output
        with_account_roles (bool | Unset): Whether to include the account roles
        with_entries (bool | Unset): Whether to get the permissions
        with_parent_roles (bool | Unset): Whether to include the parent roles
        with_system_roles (bool | Unset):
    """

    admin_role_active: bool | Unset = UNSET
    admin_role_id: int | Unset = UNSET
    admin_role_name: str | Unset = UNSET
    count: int | Unset = UNSET
    excluded_admin_user_id: str | Unset = UNSET
    full_admin_users_matching: str | Unset = UNSET
    included_admin_user_id: str | Unset = UNSET
    offset: int | Unset = UNSET
    showing_admin_user_id: int | Unset = UNSET
    with_account_roles: bool | Unset = UNSET
    with_entries: bool | Unset = UNSET
    with_parent_roles: bool | Unset = UNSET
    with_system_roles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_role_active = self.admin_role_active

        admin_role_id = self.admin_role_id

        admin_role_name = self.admin_role_name

        count = self.count

        excluded_admin_user_id = self.excluded_admin_user_id

        full_admin_users_matching = self.full_admin_users_matching

        included_admin_user_id = self.included_admin_user_id

        offset = self.offset

        showing_admin_user_id = self.showing_admin_user_id

        with_account_roles = self.with_account_roles

        with_entries = self.with_entries

        with_parent_roles = self.with_parent_roles

        with_system_roles = self.with_system_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_role_active is not UNSET:
            field_dict["admin_role_active"] = admin_role_active
        if admin_role_id is not UNSET:
            field_dict["admin_role_id"] = admin_role_id
        if admin_role_name is not UNSET:
            field_dict["admin_role_name"] = admin_role_name
        if count is not UNSET:
            field_dict["count"] = count
        if excluded_admin_user_id is not UNSET:
            field_dict["excluded_admin_user_id"] = excluded_admin_user_id
        if full_admin_users_matching is not UNSET:
            field_dict["full_admin_users_matching"] = full_admin_users_matching
        if included_admin_user_id is not UNSET:
            field_dict["included_admin_user_id"] = included_admin_user_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if showing_admin_user_id is not UNSET:
            field_dict["showing_admin_user_id"] = showing_admin_user_id
        if with_account_roles is not UNSET:
            field_dict["with_account_roles"] = with_account_roles
        if with_entries is not UNSET:
            field_dict["with_entries"] = with_entries
        if with_parent_roles is not UNSET:
            field_dict["with_parent_roles"] = with_parent_roles
        if with_system_roles is not UNSET:
            field_dict["with_system_roles"] = with_system_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_role_active = d.pop("admin_role_active", UNSET)

        admin_role_id = d.pop("admin_role_id", UNSET)

        admin_role_name = d.pop("admin_role_name", UNSET)

        count = d.pop("count", UNSET)

        excluded_admin_user_id = d.pop("excluded_admin_user_id", UNSET)

        full_admin_users_matching = d.pop("full_admin_users_matching", UNSET)

        included_admin_user_id = d.pop("included_admin_user_id", UNSET)

        offset = d.pop("offset", UNSET)

        showing_admin_user_id = d.pop("showing_admin_user_id", UNSET)

        with_account_roles = d.pop("with_account_roles", UNSET)

        with_entries = d.pop("with_entries", UNSET)

        with_parent_roles = d.pop("with_parent_roles", UNSET)

        with_system_roles = d.pop("with_system_roles", UNSET)

        get_admin_roles_request = cls(
            admin_role_active=admin_role_active,
            admin_role_id=admin_role_id,
            admin_role_name=admin_role_name,
            count=count,
            excluded_admin_user_id=excluded_admin_user_id,
            full_admin_users_matching=full_admin_users_matching,
            included_admin_user_id=included_admin_user_id,
            offset=offset,
            showing_admin_user_id=showing_admin_user_id,
            with_account_roles=with_account_roles,
            with_entries=with_entries,
            with_parent_roles=with_parent_roles,
            with_system_roles=with_system_roles,
        )

        get_admin_roles_request.additional_properties = d
        return get_admin_roles_request

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
