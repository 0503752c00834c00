from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_info import ScenarioInfo


T = TypeVar("T", bound="RuleInfo")


@_attrs_define
class RuleInfo:
    """
    Attributes:
        application_id (int): The application ID
        modified (str): When the rule was last edited (UTC)
        rule_id (int): The rule ID
        rule_name (str): The rule name
        rule_pattern (str): The destination pattern
        rule_pattern_exclude (str): The exclusion pattern
        video_conference (bool): Whether the rule is for video conferences
        scenarios (list[ScenarioInfo] | Unset): The bound scenarios in their running order (with_scenarios)
    """

    application_id: int
    modified: str
    rule_id: int
    rule_name: str
    rule_pattern: str
    rule_pattern_exclude: str
    video_conference: bool
    scenarios: list[ScenarioInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        modified = self.modified

        rule_id = self.rule_id

        rule_name = self.rule_name

        rule_pattern = self.rule_pattern

        rule_pattern_exclude = self.rule_pattern_exclude

        video_conference = self.video_conference

        scenarios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = []
            for scenarios_item_data in self.scenarios:
                scenarios_item = scenarios_item_data.to_dict()
                scenarios.append(scenarios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "modified": modified,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "rule_pattern": rule_pattern,
                "rule_pattern_exclude": rule_pattern_exclude,
                "video_conference": video_conference,
            }
        )
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenario_info import ScenarioInfo  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("application_id")

        modified = d.pop("modified")

        rule_id = d.pop("rule_id")

        rule_name = d.pop("rule_name")

        rule_pattern = d.pop("rule_pattern")

        rule_pattern_exclude = d.pop("rule_pattern_exclude")

        video_conference = d.pop("video_conference")

        _scenarios = d.pop("scenarios", UNSET)
        scenarios: list[ScenarioInfo] | Unset = UNSET
        if _scenarios is not UNSET:
            scenarios = []
            for scenarios_item_data in _scenarios:
                scenarios_item = ScenarioInfo.from_dict(scenarios_item_data)

                scenarios.append(scenarios_item)

        rule_info = cls(
            application_id=application_id,
            modified=modified,
            rule_id=rule_id,
            rule_name=rule_name,
            rule_pattern=rule_pattern,
            rule_pattern_exclude=rule_pattern_exclude,
            video_conference=video_conference,
            scenarios=scenarios,
        )

        rule_info.additional_properties = d
        return rule_info

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
