from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_view import RoleView


T = TypeVar("T", bound="SubUserView")


@_attrs_define
class SubUserView:
    """
    Attributes:
        subuser_id (int): The sub-user's ID
        subuser_name (str): The sub-user's login
        description (str | Unset): The sub-user's description
        roles (list[RoleView] | Unset): The sub-user's roles (with_roles)
    """

    subuser_id: int
    subuser_name: str
    description: str | Unset = UNSET
    roles: list[RoleView] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subuser_id = self.subuser_id

        subuser_name = self.subuser_name

        description = self.description

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
                "subuser_id": subuser_id,
                "subuser_name": subuser_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_view import RoleView  # noqa: PLC0415

        d = dict(src_dict)
        subuser_id = d.pop("subuser_id")

        subuser_name = d.pop("subuser_name")

        description = d.pop("description", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[RoleView] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = RoleView.from_dict(roles_item_data)

                roles.append(roles_item)

        sub_user_view = cls(
            subuser_id=subuser_id,
            subuser_name=subuser_name,
            description=description,
            roles=roles,
        )

        sub_user_view.additional_properties = d
        return sub_user_view

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
