from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetApplicationsRequest")


@_attrs_define
class GetApplicationsRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID to filter
        application_name (str | Unset): The application name part to filter
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        with_rules (bool | Unset): Whether to get bound rules info
        with_scenarios (bool | Unset): Whether to get bound rules and scenarios info
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    with_rules: bool | Unset = UNSET
    with_scenarios: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        offset = self.offset

        with_rules = self.with_rules

        with_scenarios = self.with_scenarios

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
        if with_rules is not UNSET:
            field_dict["with_rules"] = with_rules
        if with_scenarios is not UNSET:
            field_dict["with_scenarios"] = with_scenarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        with_rules = d.pop("with_rules", UNSET)

        with_scenarios = d.pop("with_scenarios", UNSET)

        get_applications_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            offset=offset,
            with_rules=with_rules,
            with_scenarios=with_scenarios,
        )

        get_applications_request.additional_properties = d
        return get_applications_request

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
