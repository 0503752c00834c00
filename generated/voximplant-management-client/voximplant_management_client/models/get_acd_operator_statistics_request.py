from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_acd_operator_statistics_request_aggregation import (
    GetACDOperatorStatisticsRequestAggregation,
    check_get_acd_operator_statistics_request_aggregation,
)
from ..models.get_acd_operator_statistics_request_group import (
    GetACDOperatorStatisticsRequestGroup,
    check_get_acd_operator_statistics_request_group,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetACDOperatorStatisticsRequest")


@_attrs_define
class GetACDOperatorStatisticsRequest:
    """
    Attributes:
        from_date (str): The start of the period (UTC)
        user_id (str): The operator (user) IDs separated by semicolons (;), or all
        abbreviation (bool | Unset): Whether the report names are abbreviated (SA, TT, ACW, HT)
        acd_queue_id (str | Unset): The ACD queue IDs separated by semicolons (;), or all
        aggregation (GetACDOperatorStatisticsRequestAggregation | Unset): How to aggregate: year, month, week, day, hour
            or none (the default: one period)
        group (GetACDOperatorStatisticsRequestGroup | Unset): How to group the statistics: user (the default) or queue
        report (str | Unset): The reports to return, separated by semicolons (;): SA (speed of answer), TT (talk time),
            ACW (after-call work), HT (handling time); all by default
        to_date (str | Unset): The end of the period (UTC, now by default)
    """

    from_date: str
    user_id: str
    abbreviation: bool | Unset = UNSET
    acd_queue_id: str | Unset = UNSET
    aggregation: GetACDOperatorStatisticsRequestAggregation | Unset = UNSET
    group: GetACDOperatorStatisticsRequestGroup | Unset = UNSET
    report: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        user_id = self.user_id

        abbreviation = self.abbreviation

        acd_queue_id = self.acd_queue_id

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation

        group: str | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group

        report = self.report

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "user_id": user_id,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if group is not UNSET:
            field_dict["group"] = group
        if report is not UNSET:
            field_dict["report"] = report
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_date = d.pop("from_date")

        user_id = d.pop("user_id")

        abbreviation = d.pop("abbreviation", UNSET)

        acd_queue_id = d.pop("acd_queue_id", UNSET)

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: GetACDOperatorStatisticsRequestAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = check_get_acd_operator_statistics_request_aggregation(_aggregation)

        _group = d.pop("group", UNSET)
        group: GetACDOperatorStatisticsRequestGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = check_get_acd_operator_statistics_request_group(_group)

        report = d.pop("report", UNSET)

        to_date = d.pop("to_date", UNSET)

        get_acd_operator_statistics_request = cls(
            from_date=from_date,
            user_id=user_id,
            abbreviation=abbreviation,
            acd_queue_id=acd_queue_id,
            aggregation=aggregation,
            group=group,
            report=report,
            to_date=to_date,
        )

        get_acd_operator_statistics_request.additional_properties = d
        return get_acd_operator_statistics_request

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
