from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminRole")


@_attrs_define
class AdminRole:
    """
    Attributes:
        admin_role_active (bool): Whether to ignore the allowed and denied entries
        admin_role_id (int): The admin role ID
        admin_role_name (str): The admin role name
        modified (str): The admin role editing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        system_role (bool): Whether it is a system role
        allowed_entries (list[str] | Unset): The allowed access entries (the API function names)
        denied_entries (list[str] | Unset): The denied access entries (the API function names)
    """

    admin_role_active: bool
    admin_role_id: int
    admin_role_name: str
    modified: str
    system_role: bool
    allowed_entries: list[str] | Unset = UNSET
    denied_entries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_role_active = self.admin_role_active

        admin_role_id = self.admin_role_id

        admin_role_name = self.admin_role_name

        modified = self.modified

        system_role = self.system_role

        allowed_entries: list[str] | Unset = UNSET
        if not isinstance(self.allowed_entries, Unset):
            allowed_entries = self.allowed_entries

        denied_entries: list[str] | Unset = UNSET
        if not isinstance(self.denied_entries, Unset):
            denied_entries = self.denied_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_role_active": admin_role_active,
                "admin_role_id": admin_role_id,
                "admin_role_name": admin_role_name,
                "modified": modified,
                "system_role": system_role,
            }
        )
        if allowed_entries is not UNSET:
            field_dict["allowed_entries"] = allowed_entries
        if denied_entries is not UNSET:
            field_dict["denied_entries"] = denied_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin_role_active = d.pop("admin_role_active")

        admin_role_id = d.pop("admin_role_id")

        admin_role_name = d.pop("admin_role_name")

        modified = d.pop("modified")

        system_role = d.pop("system_role")

        allowed_entries = cast(list[str], d.pop("allowed_entries", UNSET))

        denied_entries = cast(list[str], d.pop("denied_entries", UNSET))

        admin_role = cls(
            admin_role_active=admin_role_active,
            admin_role_id=admin_role_id,
            admin_role_name=admin_role_name,
            modified=modified,
            system_role=system_role,
            allowed_entries=allowed_entries,
            denied_entries=denied_entries,
        )

        admin_role.additional_properties = d
        return admin_role

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
