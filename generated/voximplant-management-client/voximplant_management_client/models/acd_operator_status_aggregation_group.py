from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_operator_status_statistics import ACDOperatorStatusStatistics


T = TypeVar("T", bound="ACDOperatorStatusAggregationGroup")


@_attrs_define
class ACDOperatorStatusAggregationGroup:
    """
    Attributes:
        statistics (list[ACDOperatorStatusStatistics]): The statistics
        user_id (int | Unset): The operator (user) ID
    """

    statistics: list[ACDOperatorStatusStatistics]
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statistics = []
        for statistics_item_data in self.statistics:
            statistics_item = statistics_item_data.to_dict()
            statistics.append(statistics_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statistics": statistics,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_operator_status_statistics import ACDOperatorStatusStatistics  # noqa: PLC0415

        d = dict(src_dict)
        statistics = []
        _statistics = d.pop("statistics")
        for statistics_item_data in _statistics:
            statistics_item = ACDOperatorStatusStatistics.from_dict(statistics_item_data)

            statistics.append(statistics_item)

        user_id = d.pop("user_id", UNSET)

        acd_operator_status_aggregation_group = cls(
            statistics=statistics,
            user_id=user_id,
        )

        acd_operator_status_aggregation_group.additional_properties = d
        return acd_operator_status_aggregation_group

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
