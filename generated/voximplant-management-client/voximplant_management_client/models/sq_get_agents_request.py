from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SQGetAgentsRequest")


@_attrs_define
class SQGetAgentsRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID to search by
        application_name (str | Unset): Application name to search by. Can be used instead of application_id
        count (int | Unset): Number of items to show in the output
        excluded_sq_queue_id (int | Unset): ID of the SmartQueue to exclude
        excluded_sq_queue_name (str | Unset): Name of the SmartQueue to exclude. Can be used instead of
            excluded_sq_queue_id
        handle_calls (bool | Unset): Whether the agent can handle calls (a filter; absent, agents of either kind are
            listed). When set to false, the agent is excluded from the CALL-request distribution
        offset (int | Unset): Number of items to skip in the output
        sq_queue_id (str | Unset): List of SmartQueue IDs separated by semicolons (;). Use ‘all’ to select all the
            queues
        sq_queue_name (str | Unset): List of SmartQueue names separated by semicolons (;). Can be used instead of
            sq_queue_id
        sq_skills (str | Unset): Skills to filter in the json array format. The array should contain objects with the
            sq_skill_id/sq_skill_name, min_sq_skill_level, and max_sq_skill_level keys where skill levels range from 1 to 5
        sq_statuses (str | Unset): Filter statuses in the json array format. The array should contain objects with the
            sq_status_type and sq_status_name keys. Possible values for sq_status_type are ‘CALL’ and ‘IM’. Possible values
            for sq_status_name are ‘OFFLINE’, ‘ONLINE’, ‘READY’, ‘IN_SERVICE’, ‘AFTER_SERVICE’, ‘DND’
        user_id (str | Unset): List of user IDs separated by semicolons (;)
        user_name (str | Unset): List of user names separated by semicolons (;). Can be used instead of user_id
        user_name_template (str | Unset): Substring of the user name to filter
        with_sq_queues (bool | Unset): Whether to display agent queues
        with_sq_skills (bool | Unset): Whether to display agent skills
        with_sq_statuses (bool | Unset): Whether to display agent current statuses
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    excluded_sq_queue_id: int | Unset = UNSET
    excluded_sq_queue_name: str | Unset = UNSET
    handle_calls: bool | Unset = UNSET
    offset: int | Unset = UNSET
    sq_queue_id: str | Unset = UNSET
    sq_queue_name: str | Unset = UNSET
    sq_skills: str | Unset = UNSET
    sq_statuses: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_name_template: str | Unset = UNSET
    with_sq_queues: bool | Unset = UNSET
    with_sq_skills: bool | Unset = UNSET
    with_sq_statuses: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        excluded_sq_queue_id = self.excluded_sq_queue_id

        excluded_sq_queue_name = self.excluded_sq_queue_name

        handle_calls = self.handle_calls

        offset = self.offset

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        sq_skills = self.sq_skills

        sq_statuses = self.sq_statuses

        user_id = self.user_id

        user_name = self.user_name

        user_name_template = self.user_name_template

        with_sq_queues = self.with_sq_queues

        with_sq_skills = self.with_sq_skills

        with_sq_statuses = self.with_sq_statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if excluded_sq_queue_id is not UNSET:
            field_dict["excluded_sq_queue_id"] = excluded_sq_queue_id
        if excluded_sq_queue_name is not UNSET:
            field_dict["excluded_sq_queue_name"] = excluded_sq_queue_name
        if handle_calls is not UNSET:
            field_dict["handle_calls"] = handle_calls
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sq_queue_id is not UNSET:
            field_dict["sq_queue_id"] = sq_queue_id
        if sq_queue_name is not UNSET:
            field_dict["sq_queue_name"] = sq_queue_name
        if sq_skills is not UNSET:
            field_dict["sq_skills"] = sq_skills
        if sq_statuses is not UNSET:
            field_dict["sq_statuses"] = sq_statuses
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_name_template is not UNSET:
            field_dict["user_name_template"] = user_name_template
        if with_sq_queues is not UNSET:
            field_dict["with_sq_queues"] = with_sq_queues
        if with_sq_skills is not UNSET:
            field_dict["with_sq_skills"] = with_sq_skills
        if with_sq_statuses is not UNSET:
            field_dict["with_sq_statuses"] = with_sq_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        excluded_sq_queue_id = d.pop("excluded_sq_queue_id", UNSET)

        excluded_sq_queue_name = d.pop("excluded_sq_queue_name", UNSET)

        handle_calls = d.pop("handle_calls", UNSET)

        offset = d.pop("offset", UNSET)

        sq_queue_id = d.pop("sq_queue_id", UNSET)

        sq_queue_name = d.pop("sq_queue_name", UNSET)

        sq_skills = d.pop("sq_skills", UNSET)

        sq_statuses = d.pop("sq_statuses", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_name_template = d.pop("user_name_template", UNSET)

        with_sq_queues = d.pop("with_sq_queues", UNSET)

        with_sq_skills = d.pop("with_sq_skills", UNSET)

        with_sq_statuses = d.pop("with_sq_statuses", UNSET)

        sq_get_agents_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            excluded_sq_queue_id=excluded_sq_queue_id,
            excluded_sq_queue_name=excluded_sq_queue_name,
            handle_calls=handle_calls,
            offset=offset,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
            sq_skills=sq_skills,
            sq_statuses=sq_statuses,
            user_id=user_id,
            user_name=user_name,
            user_name_template=user_name_template,
            with_sq_queues=with_sq_queues,
            with_sq_skills=with_sq_skills,
            with_sq_statuses=with_sq_statuses,
        )

        sq_get_agents_request.additional_properties = d
        return sq_get_agents_request

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
