from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetSubUserInfoRequest")


@_attrs_define
class SetSubUserInfoRequest:
    """
    Attributes:
        subuser_id (int): The sub-user's ID
        description (str | Unset): The new description
        new_subuser_password (str | Unset): The new password (the same policy as AddSubUser)
        old_subuser_password (str | Unset): The current password; required to set a new one
    """

    subuser_id: int
    description: str | Unset = UNSET
    new_subuser_password: str | Unset = UNSET
    old_subuser_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subuser_id = self.subuser_id

        description = self.description

        new_subuser_password = self.new_subuser_password

        old_subuser_password = self.old_subuser_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subuser_id": subuser_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if new_subuser_password is not UNSET:
            field_dict["new_subuser_password"] = new_subuser_password
        if old_subuser_password is not UNSET:
            field_dict["old_subuser_password"] = old_subuser_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subuser_id = d.pop("subuser_id")

        description = d.pop("description", UNSET)

        new_subuser_password = d.pop("new_subuser_password", UNSET)

        old_subuser_password = d.pop("old_subuser_password", UNSET)

        set_sub_user_info_request = cls(
            subuser_id=subuser_id,
            description=description,
            new_subuser_password=new_subuser_password,
            old_subuser_password=old_subuser_password,
        )

        set_sub_user_info_request.additional_properties = d
        return set_sub_user_info_request

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
