from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetWABPhoneNumberInfoRequest")


@_attrs_define
class SetWABPhoneNumberInfoRequest:
    """
    Attributes:
        wab_phone_number (str): The WhatsApp Business phone number
        application_id (int | Unset): The ID of the application to bind to. Can be used instead of application_name
        application_name (str | Unset): The name of the application to bind to. Can be used instead of application_id
        description (str | Unset): The new description
        rule_id (int | Unset): The ID of the rule to bind to (needs an application). Can be used instead of rule_name
        rule_name (str | Unset): The name of the rule to bind to (needs an application). Can be used instead of rule_id
        voice_password (str | Unset): The new password for voice calls
    """

    wab_phone_number: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    description: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    voice_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wab_phone_number = self.wab_phone_number

        application_id = self.application_id

        application_name = self.application_name

        description = self.description

        rule_id = self.rule_id

        rule_name = self.rule_name

        voice_password = self.voice_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wab_phone_number": wab_phone_number,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if description is not UNSET:
            field_dict["description"] = description
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if voice_password is not UNSET:
            field_dict["voice_password"] = voice_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wab_phone_number = d.pop("wab_phone_number")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        description = d.pop("description", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        voice_password = d.pop("voice_password", UNSET)

        set_wab_phone_number_info_request = cls(
            wab_phone_number=wab_phone_number,
            application_id=application_id,
            application_name=application_name,
            description=description,
            rule_id=rule_id,
            rule_name=rule_name,
            voice_password=voice_password,
        )

        set_wab_phone_number_info_request.additional_properties = d
        return set_wab_phone_number_info_request

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
