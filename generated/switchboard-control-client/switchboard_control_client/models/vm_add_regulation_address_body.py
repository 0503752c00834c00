from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_add_regulation_address_body_status import VmAddRegulationAddressBodyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddRegulationAddressBody")


@_attrs_define
class VmAddRegulationAddressBody:
    """
    Attributes:
        country_code (str): A country of the number catalogue.
        status (VmAddRegulationAddressBodyStatus | Unset):
        salutation (str | Unset):
        company (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        city (str | Unset):
        zip_code (str | Unset):
        street (str | Unset):
        phone_category_name (str | Unset):
        phone_region_code (str | Unset):
        builder_number (str | Unset):
        house_number (str | Unset):
    """

    country_code: str
    status: VmAddRegulationAddressBodyStatus | Unset = UNSET
    salutation: str | Unset = UNSET
    company: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    street: str | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_region_code: str | Unset = UNSET
    builder_number: str | Unset = UNSET
    house_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        salutation = self.salutation

        company = self.company

        first_name = self.first_name

        last_name = self.last_name

        city = self.city

        zip_code = self.zip_code

        street = self.street

        phone_category_name = self.phone_category_name

        phone_region_code = self.phone_region_code

        builder_number = self.builder_number

        house_number = self.house_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if company is not UNSET:
            field_dict["company"] = company
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if street is not UNSET:
            field_dict["street"] = street
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_region_code is not UNSET:
            field_dict["phone_region_code"] = phone_region_code
        if builder_number is not UNSET:
            field_dict["builder_number"] = builder_number
        if house_number is not UNSET:
            field_dict["house_number"] = house_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        _status = d.pop("status", UNSET)
        status: VmAddRegulationAddressBodyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VmAddRegulationAddressBodyStatus(_status)

        salutation = d.pop("salutation", UNSET)

        company = d.pop("company", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        city = d.pop("city", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        street = d.pop("street", UNSET)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_region_code = d.pop("phone_region_code", UNSET)

        builder_number = d.pop("builder_number", UNSET)

        house_number = d.pop("house_number", UNSET)

        vm_add_regulation_address_body = cls(
            country_code=country_code,
            status=status,
            salutation=salutation,
            company=company,
            first_name=first_name,
            last_name=last_name,
            city=city,
            zip_code=zip_code,
            street=street,
            phone_category_name=phone_category_name,
            phone_region_code=phone_region_code,
            builder_number=builder_number,
            house_number=house_number,
        )

        vm_add_regulation_address_body.additional_properties = d
        return vm_add_regulation_address_body

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
