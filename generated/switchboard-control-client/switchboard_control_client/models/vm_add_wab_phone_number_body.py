from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddWabPhoneNumberBody")


@_attrs_define
class VmAddWabPhoneNumberBody:
    """
    Attributes:
        wab_phone_number (str):
        country_code (str | Unset):
        description (str | Unset):
        application_id (int | Unset):
    """

    wab_phone_number: str
    country_code: str | Unset = UNSET
    description: str | Unset = UNSET
    application_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wab_phone_number = self.wab_phone_number

        country_code = self.country_code

        description = self.description

        application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wab_phone_number": wab_phone_number,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if description is not UNSET:
            field_dict["description"] = description
        if application_id is not UNSET:
            field_dict["application_id"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wab_phone_number = d.pop("wab_phone_number")

        country_code = d.pop("country_code", UNSET)

        description = d.pop("description", UNSET)

        application_id = d.pop("application_id", UNSET)

        vm_add_wab_phone_number_body = cls(
            wab_phone_number=wab_phone_number,
            country_code=country_code,
            description=description,
            application_id=application_id,
        )

        vm_add_wab_phone_number_body.additional_properties = d
        return vm_add_wab_phone_number_body

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
