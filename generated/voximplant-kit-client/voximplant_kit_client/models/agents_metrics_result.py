from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agents_metrics_result_stat import AgentsMetricsResultStat


T = TypeVar("T", bound="AgentsMetricsResult")


@_attrs_define
class AgentsMetricsResult:
    """Real-time agent call metrics (structure read by third-party code).

    Attributes:
        stat (AgentsMetricsResultStat): Per agent ID, per interval key: `{metrics: {name: number}}`.
    """

    stat: AgentsMetricsResultStat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat = self.stat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat": stat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agents_metrics_result_stat import AgentsMetricsResultStat  # noqa: PLC0415

        d = dict(src_dict)
        stat = AgentsMetricsResultStat.from_dict(d.pop("stat"))

        agents_metrics_result = cls(
            stat=stat,
        )

        agents_metrics_result.additional_properties = d
        return agents_metrics_result

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
