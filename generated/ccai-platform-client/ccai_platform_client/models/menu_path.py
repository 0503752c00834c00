from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MenuPath")


@_attrs_define
class MenuPath:
    """Path of a menu in the menu tree (`menu_path`, transfer `from_menu`/`to_menu`).

    Attributes:
        items_count (int): Number of menus in the path.
        name (str): Menu name.
        materialized_path (str): Materialized path of menu IDs, e.g. "9".
    """

    items_count: int
    name: str
    materialized_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_count = self.items_count

        name = self.name

        materialized_path = self.materialized_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items_count": items_count,
                "name": name,
                "materialized_path": materialized_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items_count = d.pop("items_count")

        name = d.pop("name")

        materialized_path = d.pop("materialized_path")

        menu_path = cls(
            items_count=items_count,
            name=name,
            materialized_path=materialized_path,
        )

        menu_path.additional_properties = d
        return menu_path

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
