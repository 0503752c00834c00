from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingIncomingEventClientDataUtmType")


@_attrs_define
class MessagingIncomingEventClientDataUtmType:
    """UTM tags.

    Attributes:
        source (str | Unset): UTM source.
        campaign (str | Unset): UTM campaign.
        content (str | Unset): UTM content.
        medium (str | Unset): UTM medium.
        term (str | Unset): UTM term.
    """

    source: str | Unset = UNSET
    campaign: str | Unset = UNSET
    content: str | Unset = UNSET
    medium: str | Unset = UNSET
    term: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        campaign = self.campaign

        content = self.content

        medium = self.medium

        term = self.term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if content is not UNSET:
            field_dict["content"] = content
        if medium is not UNSET:
            field_dict["medium"] = medium
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        campaign = d.pop("campaign", UNSET)

        content = d.pop("content", UNSET)

        medium = d.pop("medium", UNSET)

        term = d.pop("term", UNSET)

        messaging_incoming_event_client_data_utm_type = cls(
            source=source,
            campaign=campaign,
            content=content,
            medium=medium,
            term=term,
        )

        messaging_incoming_event_client_data_utm_type.additional_properties = d
        return messaging_incoming_event_client_data_utm_type

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
