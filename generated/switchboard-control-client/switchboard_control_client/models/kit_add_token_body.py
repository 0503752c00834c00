from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KitAddTokenBody")


@_attrs_define
class KitAddTokenBody:
    """
    Attributes:
        access_token (str):
        read_only (bool | Unset): Changes are answered 403.
        user_id (int | Unset):
    """

    access_token: str
    read_only: bool | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        read_only = self.read_only

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        read_only = d.pop("read_only", UNSET)

        user_id = d.pop("user_id", UNSET)

        kit_add_token_body = cls(
            access_token=access_token,
            read_only=read_only,
            user_id=user_id,
        )

        kit_add_token_body.additional_properties = d
        return kit_add_token_body

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
