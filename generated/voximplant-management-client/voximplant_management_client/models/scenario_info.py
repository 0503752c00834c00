from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioInfo")


@_attrs_define
class ScenarioInfo:
    """
    Attributes:
        modified (str): When the scenario was last edited (UTC)
        scenario_id (int): The scenario ID
        scenario_name (str): The scenario name
        application_id (int | Unset): The application the scenario belongs to; absent for a shared scenario
        scenario_script (str | Unset): The scenario text (with_script)
    """

    modified: str
    scenario_id: int
    scenario_name: str
    application_id: int | Unset = UNSET
    scenario_script: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modified = self.modified

        scenario_id = self.scenario_id

        scenario_name = self.scenario_name

        application_id = self.application_id

        scenario_script = self.scenario_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modified": modified,
                "scenario_id": scenario_id,
                "scenario_name": scenario_name,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if scenario_script is not UNSET:
            field_dict["scenario_script"] = scenario_script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        modified = d.pop("modified")

        scenario_id = d.pop("scenario_id")

        scenario_name = d.pop("scenario_name")

        application_id = d.pop("application_id", UNSET)

        scenario_script = d.pop("scenario_script", UNSET)

        scenario_info = cls(
            modified=modified,
            scenario_id=scenario_id,
            scenario_name=scenario_name,
            application_id=application_id,
            scenario_script=scenario_script,
        )

        scenario_info.additional_properties = d
        return scenario_info

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
