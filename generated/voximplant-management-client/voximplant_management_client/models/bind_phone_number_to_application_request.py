from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindPhoneNumberToApplicationRequest")


@_attrs_define
class BindPhoneNumberToApplicationRequest:
    """
    Attributes:
        application_id (int | Unset): The application id
        application_name (str | Unset): The application name, instead of application_id
        bind (bool | Unset): Bind (true, the default) or unbind (false)
        phone_id (str | Unset): Phone ids separated by semicolons (;), or all
        phone_number (str | Unset): Phone numbers in the international format without +, separated by semicolons (;)
        rule_id (int | Unset): The rule id of the application
        rule_name (str | Unset): The rule name, instead of rule_id
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    bind: bool | Unset = UNSET
    phone_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        bind = self.bind

        phone_id = self.phone_id

        phone_number = self.phone_number

        rule_id = self.rule_id

        rule_name = self.rule_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if bind is not UNSET:
            field_dict["bind"] = bind
        if phone_id is not UNSET:
            field_dict["phone_id"] = phone_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        bind = d.pop("bind", UNSET)

        phone_id = d.pop("phone_id", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        bind_phone_number_to_application_request = cls(
            application_id=application_id,
            application_name=application_name,
            bind=bind,
            phone_id=phone_id,
            phone_number=phone_number,
            rule_id=rule_id,
            rule_name=rule_name,
        )

        bind_phone_number_to_application_request.additional_properties = d
        return bind_phone_number_to_application_request

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
