from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KitAddScenariosBody")


@_attrs_define
class KitAddScenariosBody:
    """
    Attributes:
        title (str):
        scenario_type (int | Unset):
        folder_id (int | None | Unset):
        variables (list[Any] | Unset):
        date_create (str | Unset):
        date_update (str | Unset):
    """

    title: str
    scenario_type: int | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    variables: list[Any] | Unset = UNSET
    date_create: str | Unset = UNSET
    date_update: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        scenario_type = self.scenario_type

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        variables: list[Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        date_create = self.date_create

        date_update = self.date_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if scenario_type is not UNSET:
            field_dict["scenario_type"] = scenario_type
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if variables is not UNSET:
            field_dict["variables"] = variables
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_update is not UNSET:
            field_dict["date_update"] = date_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        scenario_type = d.pop("scenario_type", UNSET)

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        variables = cast(list[Any], d.pop("variables", UNSET))

        date_create = d.pop("date_create", UNSET)

        date_update = d.pop("date_update", UNSET)

        kit_add_scenarios_body = cls(
            title=title,
            scenario_type=scenario_type,
            folder_id=folder_id,
            variables=variables,
            date_create=date_create,
            date_update=date_update,
        )

        kit_add_scenarios_body.additional_properties = d
        return kit_add_scenarios_body

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
