from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddScenarioRequest")


@_attrs_define
class AddScenarioRequest:
    """
    Attributes:
        scenario_name (str): The scenario name
        application_id (int | Unset): The application ID. Can be used instead of application_name
        application_name (str | Unset): The application name. Can be used instead of application_id
        rewrite (bool | Unset): Whether to replace a scenario with the same name
        rule_id (int | Unset): The rule to bind the scenario to. Can be used instead of rule_name
        rule_name (str | Unset): The name of the rule to bind the scenario to (within the application). Can be used
            instead of rule_id
        scenario_script (str | Unset): The scenario's JavaScript text
    """

    scenario_name: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    rewrite: bool | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    scenario_script: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_name = self.scenario_name

        application_id = self.application_id

        application_name = self.application_name

        rewrite = self.rewrite

        rule_id = self.rule_id

        rule_name = self.rule_name

        scenario_script = self.scenario_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario_name": scenario_name,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if rewrite is not UNSET:
            field_dict["rewrite"] = rewrite
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if scenario_script is not UNSET:
            field_dict["scenario_script"] = scenario_script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scenario_name = d.pop("scenario_name")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        rewrite = d.pop("rewrite", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        scenario_script = d.pop("scenario_script", UNSET)

        add_scenario_request = cls(
            scenario_name=scenario_name,
            application_id=application_id,
            application_name=application_name,
            rewrite=rewrite,
            rule_id=rule_id,
            rule_name=rule_name,
            scenario_script=scenario_script,
        )

        add_scenario_request.additional_properties = d
        return add_scenario_request

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
