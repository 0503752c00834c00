from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingEventMessagePayloadMedia")


@_attrs_define
class MessagingEventMessagePayloadMedia:
    """A media attachment.

    Attributes:
        type_ (str): Payload kind, e.g. photo, video, file.
        file_name (str | Unset): File name.
        file_url (str | Unset): File URL.
    """

    type_: str
    file_name: str | Unset = UNSET
    file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_name = self.file_name

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_url is not UNSET:
            field_dict["file_url"] = file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        file_name = d.pop("file_name", UNSET)

        file_url = d.pop("file_url", UNSET)

        messaging_event_message_payload_media = cls(
            type_=type_,
            file_name=file_name,
            file_url=file_url,
        )

        messaging_event_message_payload_media.additional_properties = d
        return messaging_event_message_payload_media

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
