from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetRuleInfoRequest")


@_attrs_define
class SetRuleInfoRequest:
    """
    Attributes:
        rule_id (int): The rule ID
        bind_key_id (str | Unset): The service account key to bind the rule to
        rule_name (str | Unset): The new rule name
        rule_pattern (str | Unset): The new destination pattern
        rule_pattern_exclude (str | Unset): The new exclusion pattern
        video_conference (bool | Unset): Whether the rule is for video conferences
    """

    rule_id: int
    bind_key_id: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    rule_pattern: str | Unset = UNSET
    rule_pattern_exclude: str | Unset = UNSET
    video_conference: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        bind_key_id = self.bind_key_id

        rule_name = self.rule_name

        rule_pattern = self.rule_pattern

        rule_pattern_exclude = self.rule_pattern_exclude

        video_conference = self.video_conference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
            }
        )
        if bind_key_id is not UNSET:
            field_dict["bind_key_id"] = bind_key_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if rule_pattern is not UNSET:
            field_dict["rule_pattern"] = rule_pattern
        if rule_pattern_exclude is not UNSET:
            field_dict["rule_pattern_exclude"] = rule_pattern_exclude
        if video_conference is not UNSET:
            field_dict["video_conference"] = video_conference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        bind_key_id = d.pop("bind_key_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        rule_pattern = d.pop("rule_pattern", UNSET)

        rule_pattern_exclude = d.pop("rule_pattern_exclude", UNSET)

        video_conference = d.pop("video_conference", UNSET)

        set_rule_info_request = cls(
            rule_id=rule_id,
            bind_key_id=bind_key_id,
            rule_name=rule_name,
            rule_pattern=rule_pattern,
            rule_pattern_exclude=rule_pattern_exclude,
            video_conference=video_conference,
        )

        set_rule_info_request.additional_properties = d
        return set_rule_info_request

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
