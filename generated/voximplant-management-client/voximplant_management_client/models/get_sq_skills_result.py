from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSQSkillsResult")


@_attrs_define
class GetSQSkillsResult:
    """
    Attributes:
        sq_skill_id (int): ID of the skill
        sq_skill_name (str): Name of the skill
        created (str | Unset): UTC date of the queue creation in 24-h format: YYYY-MM-DD HH:mm:ss
        description (str | Unset): Comment
        modified (str | Unset): UTC date of the queue modification in 24-h format: YYYY-MM-DD HH:mm:ss
    """

    sq_skill_id: int
    sq_skill_name: str
    created: str | Unset = UNSET
    description: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sq_skill_id = self.sq_skill_id

        sq_skill_name = self.sq_skill_name

        created = self.created

        description = self.description

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sq_skill_id": sq_skill_id,
                "sq_skill_name": sq_skill_name,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sq_skill_id = d.pop("sq_skill_id")

        sq_skill_name = d.pop("sq_skill_name")

        created = d.pop("created", UNSET)

        description = d.pop("description", UNSET)

        modified = d.pop("modified", UNSET)

        get_sq_skills_result = cls(
            sq_skill_id=sq_skill_id,
            sq_skill_name=sq_skill_name,
            created=created,
            description=description,
            modified=modified,
        )

        get_sq_skills_result.additional_properties = d
        return get_sq_skills_result

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
