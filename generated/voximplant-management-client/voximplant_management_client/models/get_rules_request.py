from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRulesRequest")


@_attrs_define
class GetRulesRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID. Can be used instead of application_name
        application_name (str | Unset): The application name. Can be used instead of application_id
        attached_key_id (str | Unset): The service account key the rules are bound to
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        rule_id (int | Unset): The rule ID to filter
        rule_name (str | Unset): The rule name to filter
        template (str | Unset): A substring the rule's pattern contains, to filter
        video_conference (bool | Unset): Whether to list video conference rules only (true) or other rules only (false)
        with_scenarios (bool | Unset): Whether to include the bound scenarios
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    attached_key_id: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    template: str | Unset = UNSET
    video_conference: bool | Unset = UNSET
    with_scenarios: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        attached_key_id = self.attached_key_id

        count = self.count

        offset = self.offset

        rule_id = self.rule_id

        rule_name = self.rule_name

        template = self.template

        video_conference = self.video_conference

        with_scenarios = self.with_scenarios

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if attached_key_id is not UNSET:
            field_dict["attached_key_id"] = attached_key_id
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if template is not UNSET:
            field_dict["template"] = template
        if video_conference is not UNSET:
            field_dict["video_conference"] = video_conference
        if with_scenarios is not UNSET:
            field_dict["with_scenarios"] = with_scenarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        attached_key_id = d.pop("attached_key_id", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        template = d.pop("template", UNSET)

        video_conference = d.pop("video_conference", UNSET)

        with_scenarios = d.pop("with_scenarios", UNSET)

        get_rules_request = cls(
            application_id=application_id,
            application_name=application_name,
            attached_key_id=attached_key_id,
            count=count,
            offset=offset,
            rule_id=rule_id,
            rule_name=rule_name,
            template=template,
            video_conference=video_conference,
            with_scenarios=with_scenarios,
        )

        get_rules_request.additional_properties = d
        return get_rules_request

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
