from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_queue_metrics_result_report_type import (
    SmartQueueMetricsResultReportType,
    check_smart_queue_metrics_result_report_type,
)

if TYPE_CHECKING:
    from ..models.smart_queue_metrics_groups import SmartQueueMetricsGroups


T = TypeVar("T", bound="SmartQueueMetricsResult")


@_attrs_define
class SmartQueueMetricsResult:
    """
    Attributes:
        groups (list[SmartQueueMetricsGroups]): Grouping by agent or queue
        report_type (SmartQueueMetricsResultReportType): The report type(s). Possible values are
            calls_blocked_percentage, count_blocked_calls, average_abandonment_rate, count_abandonment_calls, service_level,
            occupancy_rate, sum_agents_online_time, sum_agents_ready_time, sum_agents_dialing_time,
            sum_agents_in_service_time, sum_agents_afterservice_time, sum_agents_dnd_time, sum_agents_banned_time,
            min_time_in_queue,max_time_in_queue, average_time_in_queue, min_answer_speed, max_answer_speed,
            average_answer_speed, min_handle_time, max_handle_time, average_handle_time, count_handled_calls,
            min_after_call_worktime, max_after_call_worktime, average_after_call_worktime, sum_agents_custom_1_time …
            sum_agents_custom_10_time, call_count_assigned_to_queue, im_count_assigned_to_queue
    """

    groups: list[SmartQueueMetricsGroups]
    report_type: SmartQueueMetricsResultReportType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        report_type: str = self.report_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "report_type": report_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_queue_metrics_groups import SmartQueueMetricsGroups  # noqa: PLC0415

        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = SmartQueueMetricsGroups.from_dict(groups_item_data)

            groups.append(groups_item)

        report_type = check_smart_queue_metrics_result_report_type(d.pop("report_type"))

        smart_queue_metrics_result = cls(
            groups=groups,
            report_type=report_type,
        )

        smart_queue_metrics_result.additional_properties = d
        return smart_queue_metrics_result

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
