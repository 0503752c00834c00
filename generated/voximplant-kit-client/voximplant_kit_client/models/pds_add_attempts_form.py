from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PdsAddAttemptsForm")


@_attrs_define
class PdsAddAttemptsForm:
    """addAttempts parameters.

    Attributes:
        campaign_id (int): Campaign id.
        contact_ids (str): Contacts to re-dial. JSON text, e.g. `[1,2]`.
        interval (int): Gap between the new attempts, minutes.
        max_attempts (int): Number of extra attempts.
    """

    campaign_id: int
    contact_ids: str
    interval: int
    max_attempts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        contact_ids = self.contact_ids

        interval = self.interval

        max_attempts = self.max_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "contact_ids": contact_ids,
                "interval": interval,
                "max_attempts": max_attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        contact_ids = d.pop("contact_ids")

        interval = d.pop("interval")

        max_attempts = d.pop("max_attempts")

        pds_add_attempts_form = cls(
            campaign_id=campaign_id,
            contact_ids=contact_ids,
            interval=interval,
            max_attempts=max_attempts,
        )

        pds_add_attempts_form.additional_properties = d
        return pds_add_attempts_form

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
