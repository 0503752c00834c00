from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callgear_components_item import CallgearComponentsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallgearUpdateUserBody")


@_attrs_define
class CallgearUpdateUserBody:
    """
    Attributes:
        password (str | Unset):
        components (list[CallgearComponentsItem] | Unset):
    """

    password: str | Unset = UNSET
    components: list[CallgearComponentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        components: list[str] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for componentsschemas_callgear_components_item_data in self.components:
                componentsschemas_callgear_components_item = componentsschemas_callgear_components_item_data.value
                components.append(componentsschemas_callgear_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        _components = d.pop("components", UNSET)
        components: list[CallgearComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for componentsschemas_callgear_components_item_data in _components:
                componentsschemas_callgear_components_item = CallgearComponentsItem(
                    componentsschemas_callgear_components_item_data
                )

                components.append(componentsschemas_callgear_components_item)

        callgear_update_user_body = cls(
            password=password,
            components=components,
        )

        callgear_update_user_body.additional_properties = d
        return callgear_update_user_body

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
