from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendToCampaignForm")


@_attrs_define
class AppendToCampaignForm:
    """appendToCampaign parameters (both optional in the official client; the method refuses a request without them with
    400).

        Attributes:
            campaign_id (int | Unset): Target campaign (see searchCampaigns).
            rows (str | Unset): Contacts as JSON text: an array of at most 100 objects, each with `phone`, `UTC` (IANA time
                zone of the contact) and any custom fields, which the scenario reads as variables.
    """

    campaign_id: int | Unset = UNSET
    rows: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        rows = self.rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        rows = d.pop("rows", UNSET)

        append_to_campaign_form = cls(
            campaign_id=campaign_id,
            rows=rows,
        )

        append_to_campaign_form.additional_properties = d
        return append_to_campaign_form

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
