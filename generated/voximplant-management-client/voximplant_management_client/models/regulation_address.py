from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regulation_address_status import RegulationAddressStatus, check_regulation_address_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulationAddress")


@_attrs_define
class RegulationAddress:
    """
    Attributes:
        country_code (str): The country code
        regulation_address_id (int): The regulation address id
        status (RegulationAddressStatus): The verification status: VERIFIED, IN_PROGRESS, DECLINED
        builder_number (str | Unset): The building number
        city (str | Unset): The city
        company (str | Unset): The company name
        first_name (str | Unset): The first name
        house_number (str | Unset): The house number
        last_name (str | Unset): The last name
        phone_category_name (str | Unset): The phone category the address is for
        phone_region_code (str | Unset): The phone region code the address is for
        salutation (str | Unset): The salutation: MR, MS, COMPANY
        street (str | Unset): The street
        zip_code (str | Unset): The ZIP code
    """

    country_code: str
    regulation_address_id: int
    status: RegulationAddressStatus
    builder_number: str | Unset = UNSET
    city: str | Unset = UNSET
    company: str | Unset = UNSET
    first_name: str | Unset = UNSET
    house_number: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_region_code: str | Unset = UNSET
    salutation: str | Unset = UNSET
    street: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        regulation_address_id = self.regulation_address_id

        status: str = self.status

        builder_number = self.builder_number

        city = self.city

        company = self.company

        first_name = self.first_name

        house_number = self.house_number

        last_name = self.last_name

        phone_category_name = self.phone_category_name

        phone_region_code = self.phone_region_code

        salutation = self.salutation

        street = self.street

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "regulation_address_id": regulation_address_id,
                "status": status,
            }
        )
        if builder_number is not UNSET:
            field_dict["builder_number"] = builder_number
        if city is not UNSET:
            field_dict["city"] = city
        if company is not UNSET:
            field_dict["company"] = company
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_region_code is not UNSET:
            field_dict["phone_region_code"] = phone_region_code
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if street is not UNSET:
            field_dict["street"] = street
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        regulation_address_id = d.pop("regulation_address_id")

        status = check_regulation_address_status(d.pop("status"))

        builder_number = d.pop("builder_number", UNSET)

        city = d.pop("city", UNSET)

        company = d.pop("company", UNSET)

        first_name = d.pop("first_name", UNSET)

        house_number = d.pop("house_number", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_region_code = d.pop("phone_region_code", UNSET)

        salutation = d.pop("salutation", UNSET)

        street = d.pop("street", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        regulation_address = cls(
            country_code=country_code,
            regulation_address_id=regulation_address_id,
            status=status,
            builder_number=builder_number,
            city=city,
            company=company,
            first_name=first_name,
            house_number=house_number,
            last_name=last_name,
            phone_category_name=phone_category_name,
            phone_region_code=phone_region_code,
            salutation=salutation,
            street=street,
            zip_code=zip_code,
        )

        regulation_address.additional_properties = d
        return regulation_address

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
