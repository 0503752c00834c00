from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunScenarioForm")


@_attrs_define
class RunScenarioForm:
    """runScenario parameters (all required, as in the official client's method signature).

    Attributes:
        scenario_id (int): Scenario to run.
        phone (str): Number to call.
        variables (str): Scenario variables. JSON text of an object of string values, e.g. `{"name":"Alex"}`.
        caller_id (str): Number to call from (a rented number or a verified caller ID).
    """

    scenario_id: int
    phone: str
    variables: str
    caller_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_id = self.scenario_id

        phone = self.phone

        variables = self.variables

        caller_id = self.caller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario_id": scenario_id,
                "phone": phone,
                "variables": variables,
                "caller_id": caller_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scenario_id = d.pop("scenario_id")

        phone = d.pop("phone")

        variables = d.pop("variables")

        caller_id = d.pop("caller_id")

        run_scenario_form = cls(
            scenario_id=scenario_id,
            phone=phone,
            variables=variables,
            caller_id=caller_id,
        )

        run_scenario_form.additional_properties = d
        return run_scenario_form

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
