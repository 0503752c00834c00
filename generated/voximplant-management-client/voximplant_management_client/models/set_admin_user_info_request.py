from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetAdminUserInfoRequest")


@_attrs_define
class SetAdminUserInfoRequest:
    """
    Attributes:
        admin_user_active (bool | Unset): Whether the admin user is active
        admin_user_display_name (str | Unset): The new admin user display name. The length must be less than 256
        new_admin_user_name (str | Unset): The new admin user name. The length must be less than 50
        new_admin_user_password (str | Unset): The new admin user password. The length must be at least 6 symbols
        required_admin_user_id (int | Unset): The admin user to edit
        required_admin_user_name (str | Unset): The admin user to edit, can be used instead of required_admin_user_id
    """

    admin_user_active: bool | Unset = UNSET
    admin_user_display_name: str | Unset = UNSET
    new_admin_user_name: str | Unset = UNSET
    new_admin_user_password: str | Unset = UNSET
    required_admin_user_id: int | Unset = UNSET
    required_admin_user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_user_active = self.admin_user_active

        admin_user_display_name = self.admin_user_display_name

        new_admin_user_name = self.new_admin_user_name

        new_admin_user_password = self.new_admin_user_password

        required_admin_user_id = self.required_admin_user_id

        required_admin_user_name = self.required_admin_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_user_active is not UNSET:
            field_dict["admin_user_active"] = admin_user_active
        if admin_user_display_name is not UNSET:
            field_dict["admin_user_display_name"] = admin_user_display_name
        if new_admin_user_name is not UNSET:
            field_dict["new_admin_user_name"] = new_admin_user_name
        if new_admin_user_password is not UNSET:
            field_dict["new_admin_user_password"] = new_admin_user_password
        if required_admin_user_id is not UNSET:
            field_dict["required_admin_user_id"] = required_admin_user_id
        if required_admin_user_name is not UNSET:
            field_dict["required_admin_user_name"] = required_admin_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_user_active = d.pop("admin_user_active", UNSET)

        admin_user_display_name = d.pop("admin_user_display_name", UNSET)

        new_admin_user_name = d.pop("new_admin_user_name", UNSET)

        new_admin_user_password = d.pop("new_admin_user_password", UNSET)

        required_admin_user_id = d.pop("required_admin_user_id", UNSET)

        required_admin_user_name = d.pop("required_admin_user_name", UNSET)

        set_admin_user_info_request = cls(
            admin_user_active=admin_user_active,
            admin_user_display_name=admin_user_display_name,
            new_admin_user_name=new_admin_user_name,
            new_admin_user_password=new_admin_user_password,
            required_admin_user_id=required_admin_user_id,
            required_admin_user_name=required_admin_user_name,
        )

        set_admin_user_info_request.additional_properties = d
        return set_admin_user_info_request

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
