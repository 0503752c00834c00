from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSubUsersRequest")


@_attrs_define
class GetSubUsersRequest:
    """
    Attributes:
        count (int | Unset): The maximum number of records to return
        offset (int | Unset): The number of records to skip
        subuser_id (int | Unset): Only the sub-user with this ID
        with_roles (bool | Unset): Whether to return each sub-user's roles
    """

    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    subuser_id: int | Unset = UNSET
    with_roles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        offset = self.offset

        subuser_id = self.subuser_id

        with_roles = self.with_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if subuser_id is not UNSET:
            field_dict["subuser_id"] = subuser_id
        if with_roles is not UNSET:
            field_dict["with_roles"] = with_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        subuser_id = d.pop("subuser_id", UNSET)

        with_roles = d.pop("with_roles", UNSET)

        get_sub_users_request = cls(
            count=count,
            offset=offset,
            subuser_id=subuser_id,
            with_roles=with_roles,
        )

        get_sub_users_request.additional_properties = d
        return get_sub_users_request

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
