from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        id (str): Account ID.
        email (str): Account owner's email.
        status (AccountStatus): Account status.
        firstname (str | Unset): Account owner's first name.
        lastname (str | Unset): Account owner's last name.
        username (str | Unset): Account owner's username (the email).
        max_apps (int | Unset): The maximum number of Apps the account can create (deleted Apps included).
        max_subaccounts_per_app (int | Unset): The maximum number of Sub Accounts per App (deleted ones included).
        port_out_pin (None | str | Unset): PIN used when creating a port out request.
    """

    id: str
    email: str
    status: AccountStatus
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    username: str | Unset = UNSET
    max_apps: int | Unset = UNSET
    max_subaccounts_per_app: int | Unset = UNSET
    port_out_pin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        status = self.status.value

        firstname = self.firstname

        lastname = self.lastname

        username = self.username

        max_apps = self.max_apps

        max_subaccounts_per_app = self.max_subaccounts_per_app

        port_out_pin: None | str | Unset
        if isinstance(self.port_out_pin, Unset):
            port_out_pin = UNSET
        else:
            port_out_pin = self.port_out_pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "status": status,
            }
        )
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if username is not UNSET:
            field_dict["username"] = username
        if max_apps is not UNSET:
            field_dict["max_apps"] = max_apps
        if max_subaccounts_per_app is not UNSET:
            field_dict["max_subaccounts_per_app"] = max_subaccounts_per_app
        if port_out_pin is not UNSET:
            field_dict["port_out_pin"] = port_out_pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        status = AccountStatus(d.pop("status"))

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        username = d.pop("username", UNSET)

        max_apps = d.pop("max_apps", UNSET)

        max_subaccounts_per_app = d.pop("max_subaccounts_per_app", UNSET)

        def _parse_port_out_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_out_pin = _parse_port_out_pin(d.pop("port_out_pin", UNSET))

        account = cls(
            id=id,
            email=email,
            status=status,
            firstname=firstname,
            lastname=lastname,
            username=username,
            max_apps=max_apps,
            max_subaccounts_per_app=max_subaccounts_per_app,
            port_out_pin=port_out_pin,
        )

        account.additional_properties = d
        return account

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
