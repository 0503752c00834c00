from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfferEvent")


@_attrs_define
class OfferEvent:
    """Offer (casting) event of a call or chat, e.g. a cascade group being offered the contact.

    Attributes:
        casting_time (datetime.datetime): When the contact was offered to the group.
        group (str): Offered group, e.g. "Group 1".
    """

    casting_time: datetime.datetime
    group: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        casting_time = self.casting_time.isoformat()

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "casting_time": casting_time,
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        casting_time = datetime.datetime.fromisoformat(d.pop("casting_time"))

        group = d.pop("group")

        offer_event = cls(
            casting_time=casting_time,
            group=group,
        )

        offer_event.additional_properties = d
        return offer_event

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
