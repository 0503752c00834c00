from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAdminUsersRequest")


@_attrs_define
class GetAdminUsersRequest:
    """
    Attributes:
        admin_user_active (bool | Unset): Whether the admin user is active to filter
        admin_user_display_name (str | Unset): The admin user display name part to filter
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        required_admin_user_id (int | Unset): The admin user ID to filter
        required_admin_user_name (str | Unset): The admin user name part to filter
        with_access_entries (bool | Unset): Whether to get the admin user permissions
        with_roles (bool | Unset): Whether to get the attached admin roles
    """

    admin_user_active: bool | Unset = UNSET
    admin_user_display_name: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    required_admin_user_id: int | Unset = UNSET
    required_admin_user_name: str | Unset = UNSET
    with_access_entries: bool | Unset = UNSET
    with_roles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_user_active = self.admin_user_active

        admin_user_display_name = self.admin_user_display_name

        count = self.count

        offset = self.offset

        required_admin_user_id = self.required_admin_user_id

        required_admin_user_name = self.required_admin_user_name

        with_access_entries = self.with_access_entries

        with_roles = self.with_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_user_active is not UNSET:
            field_dict["admin_user_active"] = admin_user_active
        if admin_user_display_name is not UNSET:
            field_dict["admin_user_display_name"] = admin_user_display_name
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if required_admin_user_id is not UNSET:
            field_dict["required_admin_user_id"] = required_admin_user_id
        if required_admin_user_name is not UNSET:
            field_dict["required_admin_user_name"] = required_admin_user_name
        if with_access_entries is not UNSET:
            field_dict["with_access_entries"] = with_access_entries
        if with_roles is not UNSET:
            field_dict["with_roles"] = with_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_user_active = d.pop("admin_user_active", UNSET)

        admin_user_display_name = d.pop("admin_user_display_name", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        required_admin_user_id = d.pop("required_admin_user_id", UNSET)

        required_admin_user_name = d.pop("required_admin_user_name", UNSET)

        with_access_entries = d.pop("with_access_entries", UNSET)

        with_roles = d.pop("with_roles", UNSET)

        get_admin_users_request = cls(
            admin_user_active=admin_user_active,
            admin_user_display_name=admin_user_display_name,
            count=count,
            offset=offset,
            required_admin_user_id=required_admin_user_id,
            required_admin_user_name=required_admin_user_name,
            with_access_entries=with_access_entries,
            with_roles=with_roles,
        )

        get_admin_users_request.additional_properties = d
        return get_admin_users_request

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
