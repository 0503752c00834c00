from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingType")


@_attrs_define
class SettingType:
    """One account setting.

    Attributes:
        key (str): Setting key.
        value (None | str | Unset): Setting value.
        description (str | Unset): What the setting is for.
        category_id (int | Unset): Settings category.
        edited_on (int | Unset): Last change, Unix time.
        locked (bool | Unset): Whether the setting is read-only.
        can_deleted (bool | Unset): Whether the setting can be deleted (sic).
    """

    key: str
    value: None | str | Unset = UNSET
    description: str | Unset = UNSET
    category_id: int | Unset = UNSET
    edited_on: int | Unset = UNSET
    locked: bool | Unset = UNSET
    can_deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        description = self.description

        category_id = self.category_id

        edited_on = self.edited_on

        locked = self.locked

        can_deleted = self.can_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if edited_on is not UNSET:
            field_dict["edited_on"] = edited_on
        if locked is not UNSET:
            field_dict["locked"] = locked
        if can_deleted is not UNSET:
            field_dict["can_deleted"] = can_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        description = d.pop("description", UNSET)

        category_id = d.pop("category_id", UNSET)

        edited_on = d.pop("edited_on", UNSET)

        locked = d.pop("locked", UNSET)

        can_deleted = d.pop("can_deleted", UNSET)

        setting_type = cls(
            key=key,
            value=value,
            description=description,
            category_id=category_id,
            edited_on=edited_on,
            locked=locked,
            can_deleted=can_deleted,
        )

        setting_type.additional_properties = d
        return setting_type

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
