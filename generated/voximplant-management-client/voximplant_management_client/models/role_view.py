from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleView")


@_attrs_define
class RoleView:
    """
    Attributes:
        role_id (int): The role's ID
        role_name (str): The role's name
        parent_role_id (int | Unset): The role that includes this one
        group_name (str | Unset): The role group the role belongs to
    """

    role_id: int
    role_name: str
    parent_role_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        role_name = self.role_name

        parent_role_id = self.parent_role_id

        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_id": role_id,
                "role_name": role_name,
            }
        )
        if parent_role_id is not UNSET:
            field_dict["parent_role_id"] = parent_role_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("role_id")

        role_name = d.pop("role_name")

        parent_role_id = d.pop("parent_role_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        role_view = cls(
            role_id=role_id,
            role_name=role_name,
            parent_role_id=parent_role_id,
            group_name=group_name,
        )

        role_view.additional_properties = d
        return role_view

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
