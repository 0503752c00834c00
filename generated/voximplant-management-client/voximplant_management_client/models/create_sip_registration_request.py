from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSipRegistrationRequest")


@_attrs_define
class CreateSipRegistrationRequest:
    """
    Attributes:
        proxy (str): The SIP proxy (registrar)
        sip_username (str): The SIP user name
        application_id (int | Unset): The ID of the application to bind to. Can be used instead of application_name
        application_name (str | Unset): The name of the application to bind to. Can be used instead of application_id
        auth_user (str | Unset): The user name for SIP authentication
        is_persistent (bool | Unset): Whether the registration is persistent (bound to the account) rather than to a
            user
        outbound_proxy (str | Unset): The outbound proxy
        password (str | Unset): The password for SIP authentication
        rule_id (int | Unset): The ID of the rule to bind to (needs an application). Can be used instead of rule_name
        rule_name (str | Unset): The name of the rule to bind to (needs an application). Can be used instead of rule_id
        user_id (int | Unset): The ID of the user to bind to (needs an application). Can be used instead of user_name
        user_name (str | Unset): The name of the user to bind to (needs an application). Can be used instead of user_id
    """

    proxy: str
    sip_username: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    auth_user: str | Unset = UNSET
    is_persistent: bool | Unset = UNSET
    outbound_proxy: str | Unset = UNSET
    password: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proxy = self.proxy

        sip_username = self.sip_username

        application_id = self.application_id

        application_name = self.application_name

        auth_user = self.auth_user

        is_persistent = self.is_persistent

        outbound_proxy = self.outbound_proxy

        password = self.password

        rule_id = self.rule_id

        rule_name = self.rule_name

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proxy": proxy,
                "sip_username": sip_username,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if auth_user is not UNSET:
            field_dict["auth_user"] = auth_user
        if is_persistent is not UNSET:
            field_dict["is_persistent"] = is_persistent
        if outbound_proxy is not UNSET:
            field_dict["outbound_proxy"] = outbound_proxy
        if password is not UNSET:
            field_dict["password"] = password
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proxy = d.pop("proxy")

        sip_username = d.pop("sip_username")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        auth_user = d.pop("auth_user", UNSET)

        is_persistent = d.pop("is_persistent", UNSET)

        outbound_proxy = d.pop("outbound_proxy", UNSET)

        password = d.pop("password", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        create_sip_registration_request = cls(
            proxy=proxy,
            sip_username=sip_username,
            application_id=application_id,
            application_name=application_name,
            auth_user=auth_user,
            is_persistent=is_persistent,
            outbound_proxy=outbound_proxy,
            password=password,
            rule_id=rule_id,
            rule_name=rule_name,
            user_id=user_id,
            user_name=user_name,
        )

        create_sip_registration_request.additional_properties = d
        return create_sip_registration_request

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
