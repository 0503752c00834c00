from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSubUserRequest")


@_attrs_define
class AddSubUserRequest:
    """
    Attributes:
        new_subuser_name (str): The sub-user's login, unique in the account
        new_subuser_password (str): The sub-user's password: at least 8 characters with an upper-case and a lower-case
            letter, a digit and a special character
        description (str | Unset): A description of the sub-user
        role_id (str | Unset): The role IDs separated by semicolons (;). Can be used instead of role_name
        role_name (str | Unset): The role names separated by semicolons (;). Can be used instead of role_id
    """

    new_subuser_name: str
    new_subuser_password: str
    description: str | Unset = UNSET
    role_id: str | Unset = UNSET
    role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_subuser_name = self.new_subuser_name

        new_subuser_password = self.new_subuser_password

        description = self.description

        role_id = self.role_id

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_subuser_name": new_subuser_name,
                "new_subuser_password": new_subuser_password,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_subuser_name = d.pop("new_subuser_name")

        new_subuser_password = d.pop("new_subuser_password")

        description = d.pop("description", UNSET)

        role_id = d.pop("role_id", UNSET)

        role_name = d.pop("role_name", UNSET)

        add_sub_user_request = cls(
            new_subuser_name=new_subuser_name,
            new_subuser_password=new_subuser_password,
            description=description,
            role_id=role_id,
            role_name=role_name,
        )

        add_sub_user_request.additional_properties = d
        return add_sub_user_request

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
