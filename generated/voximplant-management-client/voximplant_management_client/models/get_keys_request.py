from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKeysRequest")


@_attrs_define
class GetKeysRequest:
    """
    Attributes:
        count (int | Unset): The maximum number of records to return
        key_id (str | Unset): The key's ID (the key_id of its credentials)
        offset (int | Unset): The number of records to skip
        with_roles (bool | Unset): Whether to return each key's roles
    """

    count: int | Unset = UNSET
    key_id: str | Unset = UNSET
    offset: int | Unset = UNSET
    with_roles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        key_id = self.key_id

        offset = self.offset

        with_roles = self.with_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if with_roles is not UNSET:
            field_dict["with_roles"] = with_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        key_id = d.pop("key_id", UNSET)

        offset = d.pop("offset", UNSET)

        with_roles = d.pop("with_roles", UNSET)

        get_keys_request = cls(
            count=count,
            key_id=key_id,
            offset=offset,
            with_roles=with_roles,
        )

        get_keys_request.additional_properties = d
        return get_keys_request

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
