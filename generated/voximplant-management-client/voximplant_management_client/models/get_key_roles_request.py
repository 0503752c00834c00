from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKeyRolesRequest")


@_attrs_define
class GetKeyRolesRequest:
    """
    Attributes:
        key_id (str): The key's ID (the key_id of its credentials)
        with_expanded_roles (bool | Unset): Whether to add the roles each role includes
    """

    key_id: str
    with_expanded_roles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        with_expanded_roles = self.with_expanded_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
            }
        )
        if with_expanded_roles is not UNSET:
            field_dict["with_expanded_roles"] = with_expanded_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id")

        with_expanded_roles = d.pop("with_expanded_roles", UNSET)

        get_key_roles_request = cls(
            key_id=key_id,
            with_expanded_roles=with_expanded_roles,
        )

        get_key_roles_request.additional_properties = d
        return get_key_roles_request

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
