from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetScenarioVariablesForm")


@_attrs_define
class GetScenarioVariablesForm:
    """getScenarioVariables parameters (optional in the official client; the method refuses a request without scenario_id
    with 400).

        Attributes:
            scenario_id (int | Unset): Scenario ID.
            required_only (bool | Unset): true = only the variables needed to run it.
    """

    scenario_id: int | Unset = UNSET
    required_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_id = self.scenario_id

        required_only = self.required_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if required_only is not UNSET:
            field_dict["required_only"] = required_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scenario_id = d.pop("scenario_id", UNSET)

        required_only = d.pop("required_only", UNSET)

        get_scenario_variables_form = cls(
            scenario_id=scenario_id,
            required_only=required_only,
        )

        get_scenario_variables_form.additional_properties = d
        return get_scenario_variables_form

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
