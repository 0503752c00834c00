from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveSubUserRolesRequest")


@_attrs_define
class RemoveSubUserRolesRequest:
    """
    Attributes:
        subuser_id (int): The sub-user's ID
        force (bool | Unset): Whether to remove the roles even when the sub-user is left with none
        role_id (str | Unset): The role IDs separated by semicolons (;). Can be used instead of role_name
        role_name (str | Unset): The role names separated by semicolons (;). Can be used instead of role_id
    """

    subuser_id: int
    force: bool | Unset = UNSET
    role_id: str | Unset = UNSET
    role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subuser_id = self.subuser_id

        force = self.force

        role_id = self.role_id

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subuser_id": subuser_id,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subuser_id = d.pop("subuser_id")

        force = d.pop("force", UNSET)

        role_id = d.pop("role_id", UNSET)

        role_name = d.pop("role_name", UNSET)

        remove_sub_user_roles_request = cls(
            subuser_id=subuser_id,
            force=force,
            role_id=role_id,
            role_name=role_name,
        )

        remove_sub_user_roles_request.additional_properties = d
        return remove_sub_user_roles_request

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
