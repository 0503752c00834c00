from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attach_admin_role_request_mode import AttachAdminRoleRequestMode, check_attach_admin_role_request_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachAdminRoleRequest")


@_attrs_define
class AttachAdminRoleRequest:
    """
    Attributes:
        admin_role_id (str | Unset): The role(s) ID created via Managing Admin Roles methods. The attached admin role ID
            list separated by semicolons (;). Use the ‘all’ value to select alladmin roles
        admin_role_name (str | Unset): The role(s) name(s) created via Managing Admin Roles methods. The admin role name
            to attach, can be used instead of admin_role_id
        mode (AttachAdminRoleRequestMode | Unset): The merge mode. The following values are possible: add, del, set
        required_admin_user_id (str | Unset): The admin user ID list separated by semicolons (;). Use the ‘all’ value to
            select all admin users
        required_admin_user_name (str | Unset): The admin user name to bind, can be used instead of
            required_admin_user_id
    """

    admin_role_id: str | Unset = UNSET
    admin_role_name: str | Unset = UNSET
    mode: AttachAdminRoleRequestMode | Unset = UNSET
    required_admin_user_id: str | Unset = UNSET
    required_admin_user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_role_id = self.admin_role_id

        admin_role_name = self.admin_role_name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        required_admin_user_id = self.required_admin_user_id

        required_admin_user_name = self.required_admin_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_role_id is not UNSET:
            field_dict["admin_role_id"] = admin_role_id
        if admin_role_name is not UNSET:
            field_dict["admin_role_name"] = admin_role_name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if required_admin_user_id is not UNSET:
            field_dict["required_admin_user_id"] = required_admin_user_id
        if required_admin_user_name is not UNSET:
            field_dict["required_admin_user_name"] = required_admin_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_role_id = d.pop("admin_role_id", UNSET)

        admin_role_name = d.pop("admin_role_name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: AttachAdminRoleRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_attach_admin_role_request_mode(_mode)

        required_admin_user_id = d.pop("required_admin_user_id", UNSET)

        required_admin_user_name = d.pop("required_admin_user_name", UNSET)

        attach_admin_role_request = cls(
            admin_role_id=admin_role_id,
            admin_role_name=admin_role_name,
            mode=mode,
            required_admin_user_id=required_admin_user_id,
            required_admin_user_name=required_admin_user_name,
        )

        attach_admin_role_request.additional_properties = d
        return attach_admin_role_request

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
