from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callgear_components_item import CallgearComponentsItem

T = TypeVar("T", bound="CallgearUser")


@_attrs_define
class CallgearUser:
    """
    Attributes:
        login (str):
        password (str):
        account_id (int):
        components (list[CallgearComponentsItem]):
    """

    login: str
    password: str
    account_id: int
    components: list[CallgearComponentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        account_id = self.account_id

        components = []
        for componentsschemas_callgear_components_item_data in self.components:
            componentsschemas_callgear_components_item = componentsschemas_callgear_components_item_data.value
            components.append(componentsschemas_callgear_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "password": password,
                "account_id": account_id,
                "components": components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        account_id = d.pop("account_id")

        components = []
        _components = d.pop("components")
        for componentsschemas_callgear_components_item_data in _components:
            componentsschemas_callgear_components_item = CallgearComponentsItem(
                componentsschemas_callgear_components_item_data
            )

            components.append(componentsschemas_callgear_components_item)

        callgear_user = cls(
            login=login,
            password=password,
            account_id=account_id,
            components=components,
        )

        callgear_user.additional_properties = d
        return callgear_user

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
