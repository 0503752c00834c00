from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_address_type_of_service import ServiceAddressTypeOfService
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceAddress")


@_attrs_define
class ServiceAddress:
    """The primary location where the service is used. A Sub Account without one inherits the Application's.

    Attributes:
        address_1 (str | Unset): Address line 1 (street address/PO box).
        address_2 (str | Unset): Address line 2 (suite/unit/apartment).
        city (str | Unset): City/town/village/district.
        region (str | Unset): Region/state/province.
        postal_code (str | Unset): The postal or zip code.
        country (str | Unset): The country code (ISO Alpha-2).
        type_of_service (ServiceAddressTypeOfService | Unset): The type of service address.
    """

    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    type_of_service: ServiceAddressTypeOfService | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        region = self.region

        postal_code = self.postal_code

        country = self.country

        type_of_service: str | Unset = UNSET
        if not isinstance(self.type_of_service, Unset):
            type_of_service = self.type_of_service.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if type_of_service is not UNSET:
            field_dict["type_of_service"] = type_of_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_1 = d.pop("address_1", UNSET)

        address_2 = d.pop("address_2", UNSET)

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        _type_of_service = d.pop("type_of_service", UNSET)
        type_of_service: ServiceAddressTypeOfService | Unset
        if isinstance(_type_of_service, Unset):
            type_of_service = UNSET
        else:
            type_of_service = ServiceAddressTypeOfService(_type_of_service)

        service_address = cls(
            address_1=address_1,
            address_2=address_2,
            city=city,
            region=region,
            postal_code=postal_code,
            country=country,
            type_of_service=type_of_service,
        )

        service_address.additional_properties = d
        return service_address

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
