from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetQueuesRequest")


@_attrs_define
class GetQueuesRequest:
    """
    Attributes:
        acd_queue_id (int | Unset): The ACD queue ID to filter
        acd_queue_name (str | Unset): The ACD queue name part to filter
        application_id (int | Unset): The application ID to filter
        count (int | Unset): The max returning record count
        excluded_skill_id (int | Unset): The excluded skill ID to filter
        offset (int | Unset): The first N records are skipped in the output
        showing_skill_id (int | Unset): The skill to show in the ‘skills’ field output
        skill_id (int | Unset): The skill ID to filter
        with_operatorcount (bool | Unset): Whether to include the number of agents bound to the queue
        with_skills (bool | Unset): Whether to get the bound skills
    """

    acd_queue_id: int | Unset = UNSET
    acd_queue_name: str | Unset = UNSET
    application_id: int | Unset = UNSET
    count: int | Unset = UNSET
    excluded_skill_id: int | Unset = UNSET
    offset: int | Unset = UNSET
    showing_skill_id: int | Unset = UNSET
    skill_id: int | Unset = UNSET
    with_operatorcount: bool | Unset = UNSET
    with_skills: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_queue_name = self.acd_queue_name

        application_id = self.application_id

        count = self.count

        excluded_skill_id = self.excluded_skill_id

        offset = self.offset

        showing_skill_id = self.showing_skill_id

        skill_id = self.skill_id

        with_operatorcount = self.with_operatorcount

        with_skills = self.with_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if acd_queue_name is not UNSET:
            field_dict["acd_queue_name"] = acd_queue_name
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if count is not UNSET:
            field_dict["count"] = count
        if excluded_skill_id is not UNSET:
            field_dict["excluded_skill_id"] = excluded_skill_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if showing_skill_id is not UNSET:
            field_dict["showing_skill_id"] = showing_skill_id
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if with_operatorcount is not UNSET:
            field_dict["with_operatorcount"] = with_operatorcount
        if with_skills is not UNSET:
            field_dict["with_skills"] = with_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id", UNSET)

        acd_queue_name = d.pop("acd_queue_name", UNSET)

        application_id = d.pop("application_id", UNSET)

        count = d.pop("count", UNSET)

        excluded_skill_id = d.pop("excluded_skill_id", UNSET)

        offset = d.pop("offset", UNSET)

        showing_skill_id = d.pop("showing_skill_id", UNSET)

        skill_id = d.pop("skill_id", UNSET)

        with_operatorcount = d.pop("with_operatorcount", UNSET)

        with_skills = d.pop("with_skills", UNSET)

        get_queues_request = cls(
            acd_queue_id=acd_queue_id,
            acd_queue_name=acd_queue_name,
            application_id=application_id,
            count=count,
            excluded_skill_id=excluded_skill_id,
            offset=offset,
            showing_skill_id=showing_skill_id,
            skill_id=skill_id,
            with_operatorcount=with_operatorcount,
            with_skills=with_skills,
        )

        get_queues_request.additional_properties = d
        return get_queues_request

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
