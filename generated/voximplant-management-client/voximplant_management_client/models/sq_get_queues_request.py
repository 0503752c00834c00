from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SQGetQueuesRequest")


@_attrs_define
class SQGetQueuesRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID to search by
        application_name (str | Unset): Application name to search by. Can be used instead of application_id
        count (int | Unset): Number of items to show in the output
        excluded_user_id (int | Unset): ID of the user that is not bound to the queue
        excluded_user_name (str | Unset): Name of the user that is not bound to the queue. Can be used instead of
            excluded_user_id
        offset (int | Unset): Number of items to skip in the output
        sq_queue_id (str | Unset): List of SmartQueue IDs separated by semicolons (;)
        sq_queue_name (str | Unset): List of SmartQueue names separated by semicolons (;). Can be used instead of
            sq_queue_id
        sq_queue_name_template (str | Unset): Substring of the SmartQueue name to filter
        user_id (int | Unset): ID of the user that is bound to the queue
        user_name (str | Unset): Name of the user that is bound to the queue. Can be used instead of user_id
        with_agentcount (bool | Unset): Whether to include the number of agents bound to the queue
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    excluded_user_id: int | Unset = UNSET
    excluded_user_name: str | Unset = UNSET
    offset: int | Unset = UNSET
    sq_queue_id: str | Unset = UNSET
    sq_queue_name: str | Unset = UNSET
    sq_queue_name_template: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    with_agentcount: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        excluded_user_id = self.excluded_user_id

        excluded_user_name = self.excluded_user_name

        offset = self.offset

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        sq_queue_name_template = self.sq_queue_name_template

        user_id = self.user_id

        user_name = self.user_name

        with_agentcount = self.with_agentcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if excluded_user_id is not UNSET:
            field_dict["excluded_user_id"] = excluded_user_id
        if excluded_user_name is not UNSET:
            field_dict["excluded_user_name"] = excluded_user_name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sq_queue_id is not UNSET:
            field_dict["sq_queue_id"] = sq_queue_id
        if sq_queue_name is not UNSET:
            field_dict["sq_queue_name"] = sq_queue_name
        if sq_queue_name_template is not UNSET:
            field_dict["sq_queue_name_template"] = sq_queue_name_template
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if with_agentcount is not UNSET:
            field_dict["with_agentcount"] = with_agentcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        excluded_user_id = d.pop("excluded_user_id", UNSET)

        excluded_user_name = d.pop("excluded_user_name", UNSET)

        offset = d.pop("offset", UNSET)

        sq_queue_id = d.pop("sq_queue_id", UNSET)

        sq_queue_name = d.pop("sq_queue_name", UNSET)

        sq_queue_name_template = d.pop("sq_queue_name_template", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        with_agentcount = d.pop("with_agentcount", UNSET)

        sq_get_queues_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            excluded_user_id=excluded_user_id,
            excluded_user_name=excluded_user_name,
            offset=offset,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
            sq_queue_name_template=sq_queue_name_template,
            user_id=user_id,
            user_name=user_name,
            with_agentcount=with_agentcount,
        )

        sq_get_queues_request.additional_properties = d
        return sq_get_queues_request

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
