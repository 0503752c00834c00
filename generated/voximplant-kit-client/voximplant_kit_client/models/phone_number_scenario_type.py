from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberScenarioType")


@_attrs_define
class PhoneNumberScenarioType:
    """A scenario bound to a number.

    Attributes:
        id (int | Unset): Scenario ID.
        title (str | Unset): Title.
        scenario_type (int | Unset): 1 outbound, 2 inbound.
        shared (bool | Unset): Shared scenario.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    scenario_type: int | Unset = UNSET
    shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        scenario_type = self.scenario_type

        shared = self.shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if scenario_type is not UNSET:
            field_dict["scenario_type"] = scenario_type
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        scenario_type = d.pop("scenario_type", UNSET)

        shared = d.pop("shared", UNSET)

        phone_number_scenario_type = cls(
            id=id,
            title=title,
            scenario_type=scenario_type,
            shared=shared,
        )

        phone_number_scenario_type.additional_properties = d
        return phone_number_scenario_type

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
