from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoxologyCreateTenantBody")


@_attrs_define
class VoxologyCreateTenantBody:
    """
    Attributes:
        account_id (str):
        username (str): The HTTP Basic user of account-level methods.
        password (str):
        app_id (str):
        api_key (str): The `X-API-Key` of application-level methods.
        balance (float | Unset): Default 100.
    """

    account_id: str
    username: str
    password: str
    app_id: str
    api_key: str
    balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        username = self.username

        password = self.password

        app_id = self.app_id

        api_key = self.api_key

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "username": username,
                "password": password,
                "app_id": app_id,
                "api_key": api_key,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        username = d.pop("username")

        password = d.pop("password")

        app_id = d.pop("app_id")

        api_key = d.pop("api_key")

        balance = d.pop("balance", UNSET)

        voxology_create_tenant_body = cls(
            account_id=account_id,
            username=username,
            password=password,
            app_id=app_id,
            api_key=api_key,
            balance=balance,
        )

        voxology_create_tenant_body.additional_properties = d
        return voxology_create_tenant_body

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
