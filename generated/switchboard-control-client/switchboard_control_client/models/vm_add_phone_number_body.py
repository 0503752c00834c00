from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddPhoneNumberBody")


@_attrs_define
class VmAddPhoneNumberBody:
    """
    Attributes:
        phone_number (str): Digits, a leading `+` allowed.
        country_code (str | Unset):
        category_name (str | Unset):
        phone_region_name (str | Unset):
        phone_price (float | Unset):
        sms_supported (bool | Unset):
        sms_enabled (bool | Unset):
        application_id (int | Unset):
        rule_id (int | Unset):
    """

    phone_number: str
    country_code: str | Unset = UNSET
    category_name: str | Unset = UNSET
    phone_region_name: str | Unset = UNSET
    phone_price: float | Unset = UNSET
    sms_supported: bool | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    application_id: int | Unset = UNSET
    rule_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_code = self.country_code

        category_name = self.category_name

        phone_region_name = self.phone_region_name

        phone_price = self.phone_price

        sms_supported = self.sms_supported

        sms_enabled = self.sms_enabled

        application_id = self.application_id

        rule_id = self.rule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if phone_region_name is not UNSET:
            field_dict["phone_region_name"] = phone_region_name
        if phone_price is not UNSET:
            field_dict["phone_price"] = phone_price
        if sms_supported is not UNSET:
            field_dict["sms_supported"] = sms_supported
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        country_code = d.pop("country_code", UNSET)

        category_name = d.pop("category_name", UNSET)

        phone_region_name = d.pop("phone_region_name", UNSET)

        phone_price = d.pop("phone_price", UNSET)

        sms_supported = d.pop("sms_supported", UNSET)

        sms_enabled = d.pop("sms_enabled", UNSET)

        application_id = d.pop("application_id", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        vm_add_phone_number_body = cls(
            phone_number=phone_number,
            country_code=country_code,
            category_name=category_name,
            phone_region_name=phone_region_name,
            phone_price=phone_price,
            sms_supported=sms_supported,
            sms_enabled=sms_enabled,
            application_id=application_id,
            rule_id=rule_id,
        )

        vm_add_phone_number_body.additional_properties = d
        return vm_add_phone_number_body

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
