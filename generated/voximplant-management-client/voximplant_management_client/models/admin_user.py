from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_role import AdminRole


T = TypeVar("T", bound="AdminUser")


@_attrs_define
class AdminUser:
    """
    Attributes:
        admin_user_active (bool): Whether login is allowed
        admin_user_display_name (str): The admin user display name
        admin_user_id (int): The admin user ID
        admin_user_name (str): The admin user name
        modified (str): The admin user editing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        access_entries (list[str] | Unset): The allowed access entries (the API function names)
        admin_roles (list[AdminRole] | Unset): The attached admin roles
    """

    admin_user_active: bool
    admin_user_display_name: str
    admin_user_id: int
    admin_user_name: str
    modified: str
    access_entries: list[str] | Unset = UNSET
    admin_roles: list[AdminRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_user_active = self.admin_user_active

        admin_user_display_name = self.admin_user_display_name

        admin_user_id = self.admin_user_id

        admin_user_name = self.admin_user_name

        modified = self.modified

        access_entries: list[str] | Unset = UNSET
        if not isinstance(self.access_entries, Unset):
            access_entries = self.access_entries

        admin_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.admin_roles, Unset):
            admin_roles = []
            for admin_roles_item_data in self.admin_roles:
                admin_roles_item = admin_roles_item_data.to_dict()
                admin_roles.append(admin_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_user_active": admin_user_active,
                "admin_user_display_name": admin_user_display_name,
                "admin_user_id": admin_user_id,
                "admin_user_name": admin_user_name,
                "modified": modified,
            }
        )
        if access_entries is not UNSET:
            field_dict["access_entries"] = access_entries
        if admin_roles is not UNSET:
            field_dict["admin_roles"] = admin_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_role import AdminRole  # noqa: PLC0415

        d = dict(src_dict)
        admin_user_active = d.pop("admin_user_active")

        admin_user_display_name = d.pop("admin_user_display_name")

        admin_user_id = d.pop("admin_user_id")

        admin_user_name = d.pop("admin_user_name")

        modified = d.pop("modified")

        access_entries = cast(list[str], d.pop("access_entries", UNSET))

        _admin_roles = d.pop("admin_roles", UNSET)
        admin_roles: list[AdminRole] | Unset = UNSET
        if _admin_roles is not UNSET:
            admin_roles = []
            for admin_roles_item_data in _admin_roles:
                admin_roles_item = AdminRole.from_dict(admin_roles_item_data)

                admin_roles.append(admin_roles_item)

        admin_user = cls(
            admin_user_active=admin_user_active,
            admin_user_display_name=admin_user_display_name,
            admin_user_id=admin_user_id,
            admin_user_name=admin_user_name,
            modified=modified,
            access_entries=access_entries,
            admin_roles=admin_roles,
        )

        admin_user.additional_properties = d
        return admin_user

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
