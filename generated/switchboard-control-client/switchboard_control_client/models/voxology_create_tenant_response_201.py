from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoxologyCreateTenantResponse201")


@_attrs_define
class VoxologyCreateTenantResponse201:
    """
    Attributes:
        account_id (str):
        username (str):
        app_id (str):
        api_key (str):
    """

    account_id: str
    username: str
    app_id: str
    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        username = self.username

        app_id = self.app_id

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "username": username,
                "app_id": app_id,
                "api_key": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        username = d.pop("username")

        app_id = d.pop("app_id")

        api_key = d.pop("api_key")

        voxology_create_tenant_response_201 = cls(
            account_id=account_id,
            username=username,
            app_id=app_id,
            api_key=api_key,
        )

        voxology_create_tenant_response_201.additional_properties = d
        return voxology_create_tenant_response_201

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
