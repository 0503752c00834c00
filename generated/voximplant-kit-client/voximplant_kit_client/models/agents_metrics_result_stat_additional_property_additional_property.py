from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agents_metrics_result_stat_additional_property_additional_property_metrics import (
        AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics,
    )


T = TypeVar("T", bound="AgentsMetricsResultStatAdditionalPropertyAdditionalProperty")


@_attrs_define
class AgentsMetricsResultStatAdditionalPropertyAdditionalProperty:
    """
    Attributes:
        metrics (AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics):
    """

    metrics: AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agents_metrics_result_stat_additional_property_additional_property_metrics import (
            AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metrics = AgentsMetricsResultStatAdditionalPropertyAdditionalPropertyMetrics.from_dict(d.pop("metrics"))

        agents_metrics_result_stat_additional_property_additional_property = cls(
            metrics=metrics,
        )

        agents_metrics_result_stat_additional_property_additional_property.additional_properties = d
        return agents_metrics_result_stat_additional_property_additional_property

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
