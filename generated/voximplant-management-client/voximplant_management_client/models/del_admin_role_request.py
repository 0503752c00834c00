from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelAdminRoleRequest")


@_attrs_define
class DelAdminRoleRequest:
    """
    Attributes:
        admin_role_id (str | Unset): The admin role ID list separated by semicolons (;). Use the ‘all’ value to select
            all admin roles
        admin_role_name (str | Unset): The admin role name to delete, can be used instead of admin_role_id
    """

    admin_role_id: str | Unset = UNSET
    admin_role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_role_id = self.admin_role_id

        admin_role_name = self.admin_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_role_id is not UNSET:
            field_dict["admin_role_id"] = admin_role_id
        if admin_role_name is not UNSET:
            field_dict["admin_role_name"] = admin_role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_role_id = d.pop("admin_role_id", UNSET)

        admin_role_name = d.pop("admin_role_name", UNSET)

        del_admin_role_request = cls(
            admin_role_id=admin_role_id,
            admin_role_name=admin_role_name,
        )

        del_admin_role_request.additional_properties = d
        return del_admin_role_request

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
