from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveKeyRolesRequest")


@_attrs_define
class RemoveKeyRolesRequest:
    """
    Attributes:
        key_id (str): The key's ID (the key_id of its credentials)
        role_id (str | Unset): The role IDs separated by semicolons (;). Can be used instead of role_name
        role_name (str | Unset): The role names separated by semicolons (;). Can be used instead of role_id
    """

    key_id: str
    role_id: str | Unset = UNSET
    role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        role_id = self.role_id

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
            }
        )
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id")

        role_id = d.pop("role_id", UNSET)

        role_name = d.pop("role_name", UNSET)

        remove_key_roles_request = cls(
            key_id=key_id,
            role_id=role_id,
            role_name=role_name,
        )

        remove_key_roles_request.additional_properties = d
        return remove_key_roles_request

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
