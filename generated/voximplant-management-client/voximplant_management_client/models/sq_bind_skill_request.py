from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SQBindSkillRequest")


@_attrs_define
class SQBindSkillRequest:
    """
    Attributes:
        sq_skills (str): Skills to be bound to agents in the json array format. The array should contain objects with
            the sq_skill_id/sq_skill_name and sq_skill_level keys where skill levels range from 1 to 5
        application_id (int | Unset): Application ID to search by
        application_name (str | Unset): Application name to search by. Can be used instead of application_id
        bind_mode (str | Unset): Binding mode. Accepts one of the SQSkillBindingModes enum values
        user_id (str | Unset): List of user IDs separated by semicolons (;). Use ‘all’ to select all the users
        user_name (str | Unset): List of user names separated by semicolons (;). Can be used instead of user_id
    """

    sq_skills: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    bind_mode: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sq_skills = self.sq_skills

        application_id = self.application_id

        application_name = self.application_name

        bind_mode = self.bind_mode

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sq_skills": sq_skills,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if bind_mode is not UNSET:
            field_dict["bind_mode"] = bind_mode
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sq_skills = d.pop("sq_skills")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        bind_mode = d.pop("bind_mode", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        sq_bind_skill_request = cls(
            sq_skills=sq_skills,
            application_id=application_id,
            application_name=application_name,
            bind_mode=bind_mode,
            user_id=user_id,
            user_name=user_name,
        )

        sq_bind_skill_request.additional_properties = d
        return sq_bind_skill_request

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
