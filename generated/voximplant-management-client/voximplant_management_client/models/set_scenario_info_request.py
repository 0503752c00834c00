from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetScenarioInfoRequest")


@_attrs_define
class SetScenarioInfoRequest:
    """
    Attributes:
        required_scenario_name (str | Unset): The name of the scenario to edit. Can be used instead of scenario_id
        scenario_id (int | Unset): The scenario ID. Can be used instead of required_scenario_name
        scenario_name (str | Unset): The new scenario name
        scenario_script (str | Unset): The new scenario text
    """

    required_scenario_name: str | Unset = UNSET
    scenario_id: int | Unset = UNSET
    scenario_name: str | Unset = UNSET
    scenario_script: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_scenario_name = self.required_scenario_name

        scenario_id = self.scenario_id

        scenario_name = self.scenario_name

        scenario_script = self.scenario_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_scenario_name is not UNSET:
            field_dict["required_scenario_name"] = required_scenario_name
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name
        if scenario_script is not UNSET:
            field_dict["scenario_script"] = scenario_script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required_scenario_name = d.pop("required_scenario_name", UNSET)

        scenario_id = d.pop("scenario_id", UNSET)

        scenario_name = d.pop("scenario_name", UNSET)

        scenario_script = d.pop("scenario_script", UNSET)

        set_scenario_info_request = cls(
            required_scenario_name=required_scenario_name,
            scenario_id=scenario_id,
            scenario_name=scenario_name,
            scenario_script=scenario_script,
        )

        set_scenario_info_request.additional_properties = d
        return set_scenario_info_request

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
