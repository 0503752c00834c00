from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelAdminUserRequest")


@_attrs_define
class DelAdminUserRequest:
    """
    Attributes:
        required_admin_user_id (str | Unset): The admin user ID list separated by semicolons (;). Use the ‘all’ value to
            select all admin users
        required_admin_user_name (str | Unset): The admin user name to delete, can be used instead of
            required_admin_user_id
    """

    required_admin_user_id: str | Unset = UNSET
    required_admin_user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_admin_user_id = self.required_admin_user_id

        required_admin_user_name = self.required_admin_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_admin_user_id is not UNSET:
            field_dict["required_admin_user_id"] = required_admin_user_id
        if required_admin_user_name is not UNSET:
            field_dict["required_admin_user_name"] = required_admin_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required_admin_user_id = d.pop("required_admin_user_id", UNSET)

        required_admin_user_name = d.pop("required_admin_user_name", UNSET)

        del_admin_user_request = cls(
            required_admin_user_id=required_admin_user_id,
            required_admin_user_name=required_admin_user_name,
        )

        del_admin_user_request.additional_properties = d
        return del_admin_user_request

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
