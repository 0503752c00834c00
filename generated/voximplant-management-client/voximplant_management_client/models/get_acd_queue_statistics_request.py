from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_acd_queue_statistics_request_aggregation import (
    GetACDQueueStatisticsRequestAggregation,
    check_get_acd_queue_statistics_request_aggregation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetACDQueueStatisticsRequest")


@_attrs_define
class GetACDQueueStatisticsRequest:
    """
    Attributes:
        acd_queue_id (str): The ACD queue IDs separated by semicolons (;), or all
        from_date (str): The start of the period (UTC)
        abbreviation (bool | Unset): Whether the report names are abbreviated
        aggregation (GetACDQueueStatisticsRequestAggregation | Unset): How to aggregate: year, month, week, day, hour or
            none (the default: one period)
        report (str | Unset): The reports, separated by semicolons (;): WT, SA, AT, HT, TT, ACW, QL, AC, UAC, RC, SL;
            all by default
        to_date (str | Unset): The end of the period (UTC, now by default)
    """

    acd_queue_id: str
    from_date: str
    abbreviation: bool | Unset = UNSET
    aggregation: GetACDQueueStatisticsRequestAggregation | Unset = UNSET
    report: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        from_date = self.from_date

        abbreviation = self.abbreviation

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation

        report = self.report

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
                "from_date": from_date,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if report is not UNSET:
            field_dict["report"] = report
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        from_date = d.pop("from_date")

        abbreviation = d.pop("abbreviation", UNSET)

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: GetACDQueueStatisticsRequestAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = check_get_acd_queue_statistics_request_aggregation(_aggregation)

        report = d.pop("report", UNSET)

        to_date = d.pop("to_date", UNSET)

        get_acd_queue_statistics_request = cls(
            acd_queue_id=acd_queue_id,
            from_date=from_date,
            abbreviation=abbreviation,
            aggregation=aggregation,
            report=report,
            to_date=to_date,
        )

        get_acd_queue_statistics_request.additional_properties = d
        return get_acd_queue_statistics_request

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
