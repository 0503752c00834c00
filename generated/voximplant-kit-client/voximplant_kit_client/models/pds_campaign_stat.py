from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsCampaignStat")


@_attrs_define
class PdsCampaignStat:
    """PDS campaign statistics.

    Attributes:
        call_item_count (int | Unset): Contacts.
        call_ended (int | Unset): Contacts done.
        call_success (int | Unset): Contacts reached.
        call_failed (int | Unset): Contacts failed.
        call_canceled (int | Unset): Contacts canceled.
        cost (float | str | Unset): Cost (a string or a number in the sources).
        success_calls_duration (int | Unset): Talk time of successful calls, seconds.
    """

    call_item_count: int | Unset = UNSET
    call_ended: int | Unset = UNSET
    call_success: int | Unset = UNSET
    call_failed: int | Unset = UNSET
    call_canceled: int | Unset = UNSET
    cost: float | str | Unset = UNSET
    success_calls_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_item_count = self.call_item_count

        call_ended = self.call_ended

        call_success = self.call_success

        call_failed = self.call_failed

        call_canceled = self.call_canceled

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        success_calls_duration = self.success_calls_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_item_count is not UNSET:
            field_dict["call_item_count"] = call_item_count
        if call_ended is not UNSET:
            field_dict["call_ended"] = call_ended
        if call_success is not UNSET:
            field_dict["call_success"] = call_success
        if call_failed is not UNSET:
            field_dict["call_failed"] = call_failed
        if call_canceled is not UNSET:
            field_dict["call_canceled"] = call_canceled
        if cost is not UNSET:
            field_dict["cost"] = cost
        if success_calls_duration is not UNSET:
            field_dict["success_calls_duration"] = success_calls_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_item_count = d.pop("call_item_count", UNSET)

        call_ended = d.pop("call_ended", UNSET)

        call_success = d.pop("call_success", UNSET)

        call_failed = d.pop("call_failed", UNSET)

        call_canceled = d.pop("call_canceled", UNSET)

        def _parse_cost(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        success_calls_duration = d.pop("success_calls_duration", UNSET)

        pds_campaign_stat = cls(
            call_item_count=call_item_count,
            call_ended=call_ended,
            call_success=call_success,
            call_failed=call_failed,
            call_canceled=call_canceled,
            cost=cost,
            success_calls_duration=success_calls_duration,
        )

        pds_campaign_stat.additional_properties = d
        return pds_campaign_stat

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
