from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WABPhoneInfo")


@_attrs_define
class WABPhoneInfo:
    """
    Attributes:
        country_code (str): The WhatsApp Business country code (2 symbols)
        created (str): UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        modified (str): UTC date of an event associated with the number in 24-h format: YYYY-MM-DD HH:mm:ss
        wab_phone_number (str): WhatsApp Business phone number
        application_id (int | Unset): ID of the bound application
        application_name (str | Unset): Name of the bound application
        description (str | Unset): WhatsApp Business phone number description
        extended_application_name (str | Unset): Full application name, e.g. myapp.myaccount.n1.voximplant.com
        rule_id (int | Unset): ID of the bound rule
        rule_name (str | Unset): Name of the bound rule
    """

    country_code: str
    created: str
    modified: str
    wab_phone_number: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    description: str | Unset = UNSET
    extended_application_name: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        created = self.created

        modified = self.modified

        wab_phone_number = self.wab_phone_number

        application_id = self.application_id

        application_name = self.application_name

        description = self.description

        extended_application_name = self.extended_application_name

        rule_id = self.rule_id

        rule_name = self.rule_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "created": created,
                "modified": modified,
                "wab_phone_number": wab_phone_number,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if description is not UNSET:
            field_dict["description"] = description
        if extended_application_name is not UNSET:
            field_dict["extended_application_name"] = extended_application_name
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        created = d.pop("created")

        modified = d.pop("modified")

        wab_phone_number = d.pop("wab_phone_number")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        description = d.pop("description", UNSET)

        extended_application_name = d.pop("extended_application_name", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        wab_phone_info = cls(
            country_code=country_code,
            created=created,
            modified=modified,
            wab_phone_number=wab_phone_number,
            application_id=application_id,
            application_name=application_name,
            description=description,
            extended_application_name=extended_application_name,
            rule_id=rule_id,
            rule_name=rule_name,
        )

        wab_phone_info.additional_properties = d
        return wab_phone_info

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
