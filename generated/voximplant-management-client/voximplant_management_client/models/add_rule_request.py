from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddRuleRequest")


@_attrs_define
class AddRuleRequest:
    """
    Attributes:
        rule_name (str): The rule name, unique within the application
        rule_pattern (str): The regular expression of the destinations the rule routes
        application_id (int | Unset): The application ID. Can be used instead of application_name
        application_name (str | Unset): The application name. Can be used instead of application_id
        bind_key_id (str | Unset): The service account key to bind the rule to
        rule_pattern_exclude (str | Unset): The regular expression of destinations excluded
        scenario_id (str | Unset): The scenarios to bind, separated by semicolons (;). Can be used instead of
            scenario_name
        scenario_name (str | Unset): The names of the scenarios to bind, separated by semicolons (;). Can be used
            instead of scenario_id
        video_conference (bool | Unset): Whether the rule is for video conferences
    """

    rule_name: str
    rule_pattern: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    bind_key_id: str | Unset = UNSET
    rule_pattern_exclude: str | Unset = UNSET
    scenario_id: str | Unset = UNSET
    scenario_name: str | Unset = UNSET
    video_conference: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_name = self.rule_name

        rule_pattern = self.rule_pattern

        application_id = self.application_id

        application_name = self.application_name

        bind_key_id = self.bind_key_id

        rule_pattern_exclude = self.rule_pattern_exclude

        scenario_id = self.scenario_id

        scenario_name = self.scenario_name

        video_conference = self.video_conference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_name": rule_name,
                "rule_pattern": rule_pattern,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if bind_key_id is not UNSET:
            field_dict["bind_key_id"] = bind_key_id
        if rule_pattern_exclude is not UNSET:
            field_dict["rule_pattern_exclude"] = rule_pattern_exclude
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name
        if video_conference is not UNSET:
            field_dict["video_conference"] = video_conference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_name = d.pop("rule_name")

        rule_pattern = d.pop("rule_pattern")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        bind_key_id = d.pop("bind_key_id", UNSET)

        rule_pattern_exclude = d.pop("rule_pattern_exclude", UNSET)

        scenario_id = d.pop("scenario_id", UNSET)

        scenario_name = d.pop("scenario_name", UNSET)

        video_conference = d.pop("video_conference", UNSET)

        add_rule_request = cls(
            rule_name=rule_name,
            rule_pattern=rule_pattern,
            application_id=application_id,
            application_name=application_name,
            bind_key_id=bind_key_id,
            rule_pattern_exclude=rule_pattern_exclude,
            scenario_id=scenario_id,
            scenario_name=scenario_name,
            video_conference=video_conference,
        )

        add_rule_request.additional_properties = d
        return add_rule_request

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
