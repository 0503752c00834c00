from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_acd_operator_status_statistics_request_aggregation import (
    GetACDOperatorStatusStatisticsRequestAggregation,
    check_get_acd_operator_status_statistics_request_aggregation,
)
from ..models.get_acd_operator_status_statistics_request_group import (
    GetACDOperatorStatusStatisticsRequestGroup,
    check_get_acd_operator_status_statistics_request_group,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetACDOperatorStatusStatisticsRequest")


@_attrs_define
class GetACDOperatorStatusStatisticsRequest:
    """
    Attributes:
        from_date (str): The start of the period (UTC)
        user_id (str): The operator (user) IDs separated by semicolons (;), or all
        acd_status (str | Unset): The statuses to report, separated by semicolons (;): OFFLINE, ONLINE, READY, BANNED,
            IN_SERVICE, AFTER_SERVICE, TIMEOUT, DND; all by default
        aggregation (GetACDOperatorStatusStatisticsRequestAggregation | Unset): How to aggregate: year, month, week,
            day, hour or none (the default: one period)
        group (GetACDOperatorStatusStatisticsRequestGroup | Unset): How to group: user (the default) or none
        to_date (str | Unset): The end of the period (UTC, now by default)
    """

    from_date: str
    user_id: str
    acd_status: str | Unset = UNSET
    aggregation: GetACDOperatorStatusStatisticsRequestAggregation | Unset = UNSET
    group: GetACDOperatorStatusStatisticsRequestGroup | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        user_id = self.user_id

        acd_status = self.acd_status

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation

        group: str | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "user_id": user_id,
            }
        )
        if acd_status is not UNSET:
            field_dict["acd_status"] = acd_status
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if group is not UNSET:
            field_dict["group"] = group
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_date = d.pop("from_date")

        user_id = d.pop("user_id")

        acd_status = d.pop("acd_status", UNSET)

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: GetACDOperatorStatusStatisticsRequestAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = check_get_acd_operator_status_statistics_request_aggregation(_aggregation)

        _group = d.pop("group", UNSET)
        group: GetACDOperatorStatusStatisticsRequestGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = check_get_acd_operator_status_statistics_request_group(_group)

        to_date = d.pop("to_date", UNSET)

        get_acd_operator_status_statistics_request = cls(
            from_date=from_date,
            user_id=user_id,
            acd_status=acd_status,
            aggregation=aggregation,
            group=group,
            to_date=to_date,
        )

        get_acd_operator_status_statistics_request.additional_properties = d
        return get_acd_operator_status_statistics_request

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
