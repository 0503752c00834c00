from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReorderScenariosRequest")


@_attrs_define
class ReorderScenariosRequest:
    """
    Attributes:
        scenario_id (str): The IDs of the rule's scenarios in the new order, separated by semicolons (;)
        rule_id (int | Unset): The rule ID. Can be used instead of rule_name
        rule_name (str | Unset): The rule name. Can be used instead of rule_id
    """

    scenario_id: str
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_id = self.scenario_id

        rule_id = self.rule_id

        rule_name = self.rule_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario_id": scenario_id,
            }
        )
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scenario_id = d.pop("scenario_id")

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        reorder_scenarios_request = cls(
            scenario_id=scenario_id,
            rule_id=rule_id,
            rule_name=rule_name,
        )

        reorder_scenarios_request.additional_properties = d
        return reorder_scenarios_request

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
