from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmartQueueMetricsGroupsValues")


@_attrs_define
class SmartQueueMetricsGroupsValues:
    """
    Attributes:
        from_date (str): The start of the period
        to_date (str): The end of the period
        value (float): The report value
    """

    from_date: str
    to_date: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "to_date": to_date,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_date = d.pop("from_date")

        to_date = d.pop("to_date")

        value = d.pop("value")

        smart_queue_metrics_groups_values = cls(
            from_date=from_date,
            to_date=to_date,
            value=value,
        )

        smart_queue_metrics_groups_values.additional_properties = d
        return smart_queue_metrics_groups_values

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
