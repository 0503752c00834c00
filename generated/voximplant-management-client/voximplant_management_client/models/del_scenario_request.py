from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelScenarioRequest")


@_attrs_define
class DelScenarioRequest:
    """
    Attributes:
        scenario_id (str | Unset): The scenario ID list separated by semicolons (;); `all` for every scenario. Can be
            used instead of scenario_name
        scenario_name (str | Unset): The scenario name list separated by semicolons (;). Can be used instead of
            scenario_id
    """

    scenario_id: str | Unset = UNSET
    scenario_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_id = self.scenario_id

        scenario_name = self.scenario_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scenario_id = d.pop("scenario_id", UNSET)

        scenario_name = d.pop("scenario_name", UNSET)

        del_scenario_request = cls(
            scenario_id=scenario_id,
            scenario_name=scenario_name,
        )

        del_scenario_request.additional_properties = d
        return del_scenario_request

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
