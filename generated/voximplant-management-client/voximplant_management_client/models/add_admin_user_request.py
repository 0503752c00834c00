from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAdminUserRequest")


@_attrs_define
class AddAdminUserRequest:
    """
    Attributes:
        admin_user_display_name (str): The admin user display name. The length must be less than 256
        new_admin_user_name (str): The admin user name. The length must be less than 50
        new_admin_user_password (str): The admin user password. The length must be at least 6 symbols
        admin_role_id (str | Unset): The role(s) ID created via Managing Admin Roles methods. The attaching admin role
            ID list separated by semicolons (;). Use the ‘all’ value to select all admin roles
        admin_role_name (str | Unset): The role(s) name(s) created via Managing Admin Roles methods. The attaching admin
            role name that can be used instead of admin_role_id
        admin_user_active (bool | Unset): Whether the admin user is active
    """

    admin_user_display_name: str
    new_admin_user_name: str
    new_admin_user_password: str
    admin_role_id: str | Unset = UNSET
    admin_role_name: str | Unset = UNSET
    admin_user_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_user_display_name = self.admin_user_display_name

        new_admin_user_name = self.new_admin_user_name

        new_admin_user_password = self.new_admin_user_password

        admin_role_id = self.admin_role_id

        admin_role_name = self.admin_role_name

        admin_user_active = self.admin_user_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_user_display_name": admin_user_display_name,
                "new_admin_user_name": new_admin_user_name,
                "new_admin_user_password": new_admin_user_password,
            }
        )
        if admin_role_id is not UNSET:
            field_dict["admin_role_id"] = admin_role_id
        if admin_role_name is not UNSET:
            field_dict["admin_role_name"] = admin_role_name
        if admin_user_active is not UNSET:
            field_dict["admin_user_active"] = admin_user_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_user_display_name = d.pop("admin_user_display_name")

        new_admin_user_name = d.pop("new_admin_user_name")

        new_admin_user_password = d.pop("new_admin_user_password")

        admin_role_id = d.pop("admin_role_id", UNSET)

        admin_role_name = d.pop("admin_role_name", UNSET)

        admin_user_active = d.pop("admin_user_active", UNSET)

        add_admin_user_request = cls(
            admin_user_display_name=admin_user_display_name,
            new_admin_user_name=new_admin_user_name,
            new_admin_user_password=new_admin_user_password,
            admin_role_id=admin_role_id,
            admin_role_name=admin_role_name,
            admin_user_active=admin_user_active,
        )

        add_admin_user_request.additional_properties = d
        return add_admin_user_request

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
