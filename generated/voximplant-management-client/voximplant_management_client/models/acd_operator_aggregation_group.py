from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_operator_statistics import ACDOperatorStatistics


T = TypeVar("T", bound="ACDOperatorAggregationGroup")


@_attrs_define
class ACDOperatorAggregationGroup:
    """
    Attributes:
        statistics (list[ACDOperatorStatistics]): The statistics
        user_id (int | Unset): The operator (user) ID
        acd_queue_id (int | Unset): The queue (when grouped by queue)
        date (str | Unset): The period's first day (when aggregated)
    """

    statistics: list[ACDOperatorStatistics]
    user_id: int | Unset = UNSET
    acd_queue_id: int | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statistics = []
        for statistics_item_data in self.statistics:
            statistics_item = statistics_item_data.to_dict()
            statistics.append(statistics_item)

        user_id = self.user_id

        acd_queue_id = self.acd_queue_id

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statistics": statistics,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_operator_statistics import ACDOperatorStatistics  # noqa: PLC0415

        d = dict(src_dict)
        statistics = []
        _statistics = d.pop("statistics")
        for statistics_item_data in _statistics:
            statistics_item = ACDOperatorStatistics.from_dict(statistics_item_data)

            statistics.append(statistics_item)

        user_id = d.pop("user_id", UNSET)

        acd_queue_id = d.pop("acd_queue_id", UNSET)

        date = d.pop("date", UNSET)

        acd_operator_aggregation_group = cls(
            statistics=statistics,
            user_id=user_id,
            acd_queue_id=acd_queue_id,
            date=date,
        )

        acd_operator_aggregation_group.additional_properties = d
        return acd_operator_aggregation_group

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
