from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindSipRegistrationRequest")


@_attrs_define
class BindSipRegistrationRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID which the SIP registration is to be bound to. Can be used
            instead of the application_name parameter
        application_name (str | Unset): The application name which the SIP registration is to be bound to. Can be used
            instead of the application_id parameter
        bind (bool | Unset): Whether to bind or unbind (set true or false respectively)
        rule_id (int | Unset): The rule ID which the SIP registration is to be bound to. Can be used instead of the
            rule_name parameter
        rule_name (str | Unset): The rule name which the SIP registration is to be bound to. Can be used instead of the
            rule_id parameter
        sip_registration_id (int | Unset): The registration ID
        user_id (int | Unset): The user ID which the SIP registration is to be bound to. Can be used instead of the
            user_name parameter
        user_name (str | Unset): The user name which the SIP registration is to be bound to. Can be used instead of the
            user_id parameter
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    bind: bool | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    sip_registration_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        bind = self.bind

        rule_id = self.rule_id

        rule_name = self.rule_name

        sip_registration_id = self.sip_registration_id

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if bind is not UNSET:
            field_dict["bind"] = bind
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if sip_registration_id is not UNSET:
            field_dict["sip_registration_id"] = sip_registration_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        bind = d.pop("bind", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        sip_registration_id = d.pop("sip_registration_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        bind_sip_registration_request = cls(
            application_id=application_id,
            application_name=application_name,
            bind=bind,
            rule_id=rule_id,
            rule_name=rule_name,
            sip_registration_id=sip_registration_id,
            user_id=user_id,
            user_name=user_name,
        )

        bind_sip_registration_request.additional_properties = d
        return bind_sip_registration_request

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
