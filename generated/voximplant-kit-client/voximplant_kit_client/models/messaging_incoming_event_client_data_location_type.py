from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingIncomingEventClientDataLocationType")


@_attrs_define
class MessagingIncomingEventClientDataLocationType:
    """Client location.

    Attributes:
        latitude (float | Unset): Latitude.
        longitude (float | Unset): Longitude.
        country (str | Unset): Country.
        country_code (str | Unset): Country code.
        region (str | Unset): Region.
        region_code (str | Unset): Region code.
        city (str | Unset): City.
        ip_address (str | Unset): IP address.
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    region: str | Unset = UNSET
    region_code: str | Unset = UNSET
    city: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        country = self.country

        country_code = self.country_code

        region = self.region

        region_code = self.region_code

        city = self.city

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if region is not UNSET:
            field_dict["region"] = region
        if region_code is not UNSET:
            field_dict["region_code"] = region_code
        if city is not UNSET:
            field_dict["city"] = city
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        country = d.pop("country", UNSET)

        country_code = d.pop("country_code", UNSET)

        region = d.pop("region", UNSET)

        region_code = d.pop("region_code", UNSET)

        city = d.pop("city", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        messaging_incoming_event_client_data_location_type = cls(
            latitude=latitude,
            longitude=longitude,
            country=country,
            country_code=country_code,
            region=region,
            region_code=region_code,
            city=city,
            ip_address=ip_address,
        )

        messaging_incoming_event_client_data_location_type.additional_properties = d
        return messaging_incoming_event_client_data_location_type

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
