from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.menu_menu_type import MenuMenuType

T = TypeVar("T", bound="Menu")


@_attrs_define
class Menu:
    """Menu (queue) a call was attributed to (`selected_menu`).

    Attributes:
        id (int): Menu ID.
        name (str): Menu name.
        parent_id (int | None): Parent menu ID; null for a top-level menu.
        position (int): Position of the menu among its siblings.
        deleted (bool): Whether the menu is deleted.
        hidden (bool | str): Whether the menu is hidden. The call-object template shows the placeholder "string"; every
            example shows a boolean (false).
        menu_type (MenuMenuType): Menu type. Value set as listed for menu_type in the Wait Times section.
        output_msg (str): Message played/shown when the menu is selected, e.g. "You selected Lock Star."
    """

    id: int
    name: str
    parent_id: int | None
    position: int
    deleted: bool
    hidden: bool | str
    menu_type: MenuMenuType
    output_msg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_id: int | None
        parent_id = self.parent_id

        position = self.position

        deleted = self.deleted

        hidden: bool | str
        hidden = self.hidden

        menu_type = self.menu_type.value

        output_msg = self.output_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "parent_id": parent_id,
                "position": position,
                "deleted": deleted,
                "hidden": hidden,
                "menu_type": menu_type,
                "output_msg": output_msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        position = d.pop("position")

        deleted = d.pop("deleted")

        def _parse_hidden(data: object) -> bool | str:
            return cast(bool | str, data)

        hidden = _parse_hidden(d.pop("hidden"))

        menu_type = MenuMenuType(d.pop("menu_type"))

        output_msg = d.pop("output_msg")

        menu = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            position=position,
            deleted=deleted,
            hidden=hidden,
            menu_type=menu_type,
            output_msg=output_msg,
        )

        menu.additional_properties = d
        return menu

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
