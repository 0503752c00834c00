from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingEventMessagePayloadLocation")


@_attrs_define
class MessagingEventMessagePayloadLocation:
    """A location.

    Attributes:
        type_ (str): location.
        latitude (float | Unset): Latitude.
        longitude (float | Unset): Longitude.
        address (str | Unset): Address.
    """

    type_: str
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        latitude = self.latitude

        longitude = self.longitude

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        address = d.pop("address", UNSET)

        messaging_event_message_payload_location = cls(
            type_=type_,
            latitude=latitude,
            longitude=longitude,
            address=address,
        )

        messaging_event_message_payload_location.additional_properties = d
        return messaging_event_message_payload_location

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
