from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agents_metrics_form_interval import AgentsMetricsFormInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentsMetricsForm")


@_attrs_define
class AgentsMetricsForm:
    """getAgentsMetricsCalls parameters.

    Attributes:
        interval (AgentsMetricsFormInterval | Unset): Time window key; values seen: last24h, since12am.
        agent_ids (str | Unset): Agents to report on. (seen in third-party code (boostra-test), third-party code
            (voximplant-dashboard)) JSON text, e.g. `[1,2]`.
        timezone (str | Unset): IANA time zone for the window. (seen in third-party code (voximplant-dashboard))
    """

    interval: AgentsMetricsFormInterval | Unset = UNSET
    agent_ids: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        agent_ids = self.agent_ids

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if agent_ids is not UNSET:
            field_dict["agent_ids"] = agent_ids
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _interval = d.pop("interval", UNSET)
        interval: AgentsMetricsFormInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = AgentsMetricsFormInterval(_interval)

        agent_ids = d.pop("agent_ids", UNSET)

        timezone = d.pop("timezone", UNSET)

        agents_metrics_form = cls(
            interval=interval,
            agent_ids=agent_ids,
            timezone=timezone,
        )

        agents_metrics_form.additional_properties = d
        return agents_metrics_form

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
