from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ACDStatisticsItem")


@_attrs_define
class ACDStatisticsItem:
    """A statistic over the period: seconds (or a length) with its min, max, avg, sum and count.

    Attributes:
        min_ (float): The smallest value
        max_ (float): The largest value
        avg (float): The average value
        sum_ (float): The sum of the values
        count (int): The number of values
    """

    min_: float
    max_: float
    avg: float
    sum_: float
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        avg = self.avg

        sum_ = self.sum_

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
                "max": max_,
                "avg": avg,
                "sum": sum_,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        max_ = d.pop("max")

        avg = d.pop("avg")

        sum_ = d.pop("sum")

        count = d.pop("count")

        acd_statistics_item = cls(
            min_=min_,
            max_=max_,
            avg=avg,
            sum_=sum_,
            count=count,
        )

        acd_statistics_item.additional_properties = d
        return acd_statistics_item

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
