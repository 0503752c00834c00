from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindScenarioRequest")


@_attrs_define
class BindScenarioRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID. Can be used instead of application_name
        application_name (str | Unset): The application name. Can be used instead of application_id
        bind (bool | Unset): Bind (true, the default) or unbind (false)
        rule_id (int | Unset): The rule ID. Can be used instead of rule_name
        rule_name (str | Unset): The rule name within the application. Can be used instead of rule_id
        scenario_id (str | Unset): The scenario ID list separated by semicolons (;). Can be used instead of
            scenario_name
        scenario_name (str | Unset): The scenario name list separated by semicolons (;). Can be used instead of
            scenario_id
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    bind: bool | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    scenario_id: str | Unset = UNSET
    scenario_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        bind = self.bind

        rule_id = self.rule_id

        rule_name = self.rule_name

        scenario_id = self.scenario_id

        scenario_name = self.scenario_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if bind is not UNSET:
            field_dict["bind"] = bind
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        bind = d.pop("bind", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        scenario_id = d.pop("scenario_id", UNSET)

        scenario_name = d.pop("scenario_name", UNSET)

        bind_scenario_request = cls(
            application_id=application_id,
            application_name=application_name,
            bind=bind,
            rule_id=rule_id,
            rule_name=rule_name,
            scenario_id=scenario_id,
            scenario_name=scenario_name,
        )

        bind_scenario_request.additional_properties = d
        return bind_scenario_request

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
