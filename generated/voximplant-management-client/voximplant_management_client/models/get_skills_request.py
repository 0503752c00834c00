from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSkillsRequest")


@_attrs_define
class GetSkillsRequest:
    """
    Attributes:
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        skill_id (int | Unset): The skill ID to filter
        skill_name (str | Unset): The skill name part to filter
    """

    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    skill_id: int | Unset = UNSET
    skill_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        offset = self.offset

        skill_id = self.skill_id

        skill_name = self.skill_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if skill_name is not UNSET:
            field_dict["skill_name"] = skill_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        skill_id = d.pop("skill_id", UNSET)

        skill_name = d.pop("skill_name", UNSET)

        get_skills_request = cls(
            count=count,
            offset=offset,
            skill_id=skill_id,
            skill_name=skill_name,
        )

        get_skills_request.additional_properties = d
        return get_skills_request

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
