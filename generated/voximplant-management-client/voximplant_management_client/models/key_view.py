from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_view import RoleView


T = TypeVar("T", bound="KeyView")


@_attrs_define
class KeyView:
    """
    Attributes:
        key_id (str): The key's ID
        key_name (str | Unset): The key's name
        description (str | Unset): The key's description
        created (str | Unset): When the key was created (UTC)
        roles (list[RoleView] | Unset): The key's roles (with_roles)
    """

    key_id: str
    key_name: str | Unset = UNSET
    description: str | Unset = UNSET
    created: str | Unset = UNSET
    roles: list[RoleView] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        key_name = self.key_name

        description = self.description

        created = self.created

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
            }
        )
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_view import RoleView  # noqa: PLC0415

        d = dict(src_dict)
        key_id = d.pop("key_id")

        key_name = d.pop("key_name", UNSET)

        description = d.pop("description", UNSET)

        created = d.pop("created", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[RoleView] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = RoleView.from_dict(roles_item_data)

                roles.append(roles_item)

        key_view = cls(
            key_id=key_id,
            key_name=key_name,
            description=description,
            created=created,
            roles=roles,
        )

        key_view.additional_properties = d
        return key_view

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
