from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStatType")


@_attrs_define
class CampaignStatType:
    """Statistics of one campaign. The keys are capitalised, all but campaign_id.

    Attributes:
        campaign_id (int): Campaign ID.
        status (str): Campaign status.
        call_item_count (int | Unset): Numbers in the campaign's lists.
        call_ended (int | Unset): Numbers that are done (success or out of attempts).
        call_success (int | Unset): Numbers answered (Call_Answered).
        call_failed (int | Unset): Numbers that failed on every attempt.
        cost (float | Unset): Cost so far.
    """

    campaign_id: int
    status: str
    call_item_count: int | Unset = UNSET
    call_ended: int | Unset = UNSET
    call_success: int | Unset = UNSET
    call_failed: int | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        status = self.status

        call_item_count = self.call_item_count

        call_ended = self.call_ended

        call_success = self.call_success

        call_failed = self.call_failed

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "Status": status,
            }
        )
        if call_item_count is not UNSET:
            field_dict["CallItemCount"] = call_item_count
        if call_ended is not UNSET:
            field_dict["CallEnded"] = call_ended
        if call_success is not UNSET:
            field_dict["CallSuccess"] = call_success
        if call_failed is not UNSET:
            field_dict["CallFailed"] = call_failed
        if cost is not UNSET:
            field_dict["Cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        status = d.pop("Status")

        call_item_count = d.pop("CallItemCount", UNSET)

        call_ended = d.pop("CallEnded", UNSET)

        call_success = d.pop("CallSuccess", UNSET)

        call_failed = d.pop("CallFailed", UNSET)

        cost = d.pop("Cost", UNSET)

        campaign_stat_type = cls(
            campaign_id=campaign_id,
            status=status,
            call_item_count=call_item_count,
            call_ended=call_ended,
            call_success=call_success,
            call_failed=call_failed,
            cost=cost,
        )

        campaign_stat_type.additional_properties = d
        return campaign_stat_type

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
