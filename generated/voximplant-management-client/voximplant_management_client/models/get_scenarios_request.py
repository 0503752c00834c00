from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetScenariosRequest")


@_attrs_define
class GetScenariosRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID. Can be used instead of application_name
        application_name (str | Unset): The application name. Can be used instead of application_id
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        scenario_id (int | Unset): The scenario ID to filter
        scenario_name (str | Unset): The scenario name to filter
        with_script (bool | Unset): Whether to include the scenario text
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    scenario_id: int | Unset = UNSET
    scenario_name: str | Unset = UNSET
    with_script: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        offset = self.offset

        scenario_id = self.scenario_id

        scenario_name = self.scenario_name

        with_script = self.with_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name
        if with_script is not UNSET:
            field_dict["with_script"] = with_script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        scenario_id = d.pop("scenario_id", UNSET)

        scenario_name = d.pop("scenario_name", UNSET)

        with_script = d.pop("with_script", UNSET)

        get_scenarios_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            offset=offset,
            scenario_id=scenario_id,
            scenario_name=scenario_name,
            with_script=with_script,
        )

        get_scenarios_request.additional_properties = d
        return get_scenarios_request

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
