from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messaging_incoming_event_client_data_device_type import MessagingIncomingEventClientDataDeviceType
    from ..models.messaging_incoming_event_client_data_location_type import MessagingIncomingEventClientDataLocationType
    from ..models.messaging_incoming_event_client_data_page_type import MessagingIncomingEventClientDataPageType
    from ..models.messaging_incoming_event_client_data_utm_type import MessagingIncomingEventClientDataUtmType


T = TypeVar("T", bound="MessagingIncomingEventTypeClientData")


@_attrs_define
class MessagingIncomingEventTypeClientData:
    """Who writes.

    Attributes:
        client_id (str): Client ID in the external channel; one conversation per client.
        client_phone (str | Unset): Phone.
        client_avatar (str | Unset): Avatar URL.
        client_display_name (str | Unset): Display name.
        client_email (str | Unset): Email.
        client_language (str | Unset): Language.
        utm (MessagingIncomingEventClientDataUtmType | Unset): UTM tags.
        page (MessagingIncomingEventClientDataPageType | Unset): Page the client writes from.
        location (MessagingIncomingEventClientDataLocationType | Unset): Client location.
        device (MessagingIncomingEventClientDataDeviceType | Unset): Client device.
    """

    client_id: str
    client_phone: str | Unset = UNSET
    client_avatar: str | Unset = UNSET
    client_display_name: str | Unset = UNSET
    client_email: str | Unset = UNSET
    client_language: str | Unset = UNSET
    utm: MessagingIncomingEventClientDataUtmType | Unset = UNSET
    page: MessagingIncomingEventClientDataPageType | Unset = UNSET
    location: MessagingIncomingEventClientDataLocationType | Unset = UNSET
    device: MessagingIncomingEventClientDataDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_phone = self.client_phone

        client_avatar = self.client_avatar

        client_display_name = self.client_display_name

        client_email = self.client_email

        client_language = self.client_language

        utm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm, Unset):
            utm = self.utm.to_dict()

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if client_phone is not UNSET:
            field_dict["client_phone"] = client_phone
        if client_avatar is not UNSET:
            field_dict["client_avatar"] = client_avatar
        if client_display_name is not UNSET:
            field_dict["client_display_name"] = client_display_name
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if client_language is not UNSET:
            field_dict["client_language"] = client_language
        if utm is not UNSET:
            field_dict["utm"] = utm
        if page is not UNSET:
            field_dict["page"] = page
        if location is not UNSET:
            field_dict["location"] = location
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_incoming_event_client_data_device_type import MessagingIncomingEventClientDataDeviceType  # noqa: PLC0415
        from ..models.messaging_incoming_event_client_data_location_type import (
            MessagingIncomingEventClientDataLocationType,  # noqa: PLC0415
        )
        from ..models.messaging_incoming_event_client_data_page_type import MessagingIncomingEventClientDataPageType  # noqa: PLC0415
        from ..models.messaging_incoming_event_client_data_utm_type import MessagingIncomingEventClientDataUtmType  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_phone = d.pop("client_phone", UNSET)

        client_avatar = d.pop("client_avatar", UNSET)

        client_display_name = d.pop("client_display_name", UNSET)

        client_email = d.pop("client_email", UNSET)

        client_language = d.pop("client_language", UNSET)

        _utm = d.pop("utm", UNSET)
        utm: MessagingIncomingEventClientDataUtmType | Unset
        if isinstance(_utm, Unset):
            utm = UNSET
        else:
            utm = MessagingIncomingEventClientDataUtmType.from_dict(_utm)

        _page = d.pop("page", UNSET)
        page: MessagingIncomingEventClientDataPageType | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = MessagingIncomingEventClientDataPageType.from_dict(_page)

        _location = d.pop("location", UNSET)
        location: MessagingIncomingEventClientDataLocationType | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = MessagingIncomingEventClientDataLocationType.from_dict(_location)

        _device = d.pop("device", UNSET)
        device: MessagingIncomingEventClientDataDeviceType | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = MessagingIncomingEventClientDataDeviceType.from_dict(_device)

        messaging_incoming_event_type_client_data = cls(
            client_id=client_id,
            client_phone=client_phone,
            client_avatar=client_avatar,
            client_display_name=client_display_name,
            client_email=client_email,
            client_language=client_language,
            utm=utm,
            page=page,
            location=location,
            device=device,
        )

        messaging_incoming_event_type_client_data.additional_properties = d
        return messaging_incoming_event_type_client_data

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
