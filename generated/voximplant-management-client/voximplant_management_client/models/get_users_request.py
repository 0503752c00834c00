from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_users_request_order_by import GetUsersRequestOrderBy, check_get_users_request_order_by
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsersRequest")


@_attrs_define
class GetUsersRequest:
    """
    Attributes:
        acd_queue_id (int | Unset): The ACD queue ID to filter
        acd_status (str | Unset): The ACD status list separated by semicolons (;) to filter. The following values are
            possible: OFFLINE, ONLINE, READY, BANNED, IN_SERVICE, AFTER_SERVICE, TIMEOUT, DND
        application_id (int | Unset): The application ID to filter
        application_name (str | Unset): The application name part to filter
        count (int | Unset): The max returning record count
        excluded_acd_queue_id (int | Unset): The excluded ACD queue ID to filter
        excluded_skill_id (int | Unset): The excluded skill ID to filter
        offset (int | Unset): The first N records are skipped in the output
        order_by (GetUsersRequestOrderBy | Unset): The following values are available: ‘user_id’, ‘user_name’ and
            ‘user_display_name’
        return_live_balance (bool | Unset): Whether to get the user live balance
        showing_skill_id (int | Unset): The skill to show in the ‘skills’ field output
        skill_id (int | Unset): The skill ID to filter
        user_active (bool | Unset): Whether the user is active to filter. Inactive users cannot log in to applications
        user_display_name (str | Unset): The user display name part to filter
        user_id (int | Unset): The user ID to filter
        user_name (str | Unset): The user name part to filter
        with_queues (bool | Unset): Whether to get the bound queues
        with_skills (bool | Unset): Whether to get the bound skills
    """

    acd_queue_id: int | Unset = UNSET
    acd_status: str | Unset = UNSET
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    excluded_acd_queue_id: int | Unset = UNSET
    excluded_skill_id: int | Unset = UNSET
    offset: int | Unset = UNSET
    order_by: GetUsersRequestOrderBy | Unset = UNSET
    return_live_balance: bool | Unset = UNSET
    showing_skill_id: int | Unset = UNSET
    skill_id: int | Unset = UNSET
    user_active: bool | Unset = UNSET
    user_display_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    with_queues: bool | Unset = UNSET
    with_skills: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_status = self.acd_status

        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        excluded_acd_queue_id = self.excluded_acd_queue_id

        excluded_skill_id = self.excluded_skill_id

        offset = self.offset

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        return_live_balance = self.return_live_balance

        showing_skill_id = self.showing_skill_id

        skill_id = self.skill_id

        user_active = self.user_active

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        with_queues = self.with_queues

        with_skills = self.with_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if acd_status is not UNSET:
            field_dict["acd_status"] = acd_status
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if excluded_acd_queue_id is not UNSET:
            field_dict["excluded_acd_queue_id"] = excluded_acd_queue_id
        if excluded_skill_id is not UNSET:
            field_dict["excluded_skill_id"] = excluded_skill_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if return_live_balance is not UNSET:
            field_dict["return_live_balance"] = return_live_balance
        if showing_skill_id is not UNSET:
            field_dict["showing_skill_id"] = showing_skill_id
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if user_active is not UNSET:
            field_dict["user_active"] = user_active
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if with_queues is not UNSET:
            field_dict["with_queues"] = with_queues
        if with_skills is not UNSET:
            field_dict["with_skills"] = with_skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id", UNSET)

        acd_status = d.pop("acd_status", UNSET)

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        excluded_acd_queue_id = d.pop("excluded_acd_queue_id", UNSET)

        excluded_skill_id = d.pop("excluded_skill_id", UNSET)

        offset = d.pop("offset", UNSET)

        _order_by = d.pop("order_by", UNSET)
        order_by: GetUsersRequestOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = check_get_users_request_order_by(_order_by)

        return_live_balance = d.pop("return_live_balance", UNSET)

        showing_skill_id = d.pop("showing_skill_id", UNSET)

        skill_id = d.pop("skill_id", UNSET)

        user_active = d.pop("user_active", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        with_queues = d.pop("with_queues", UNSET)

        with_skills = d.pop("with_skills", UNSET)

        get_users_request = cls(
            acd_queue_id=acd_queue_id,
            acd_status=acd_status,
            application_id=application_id,
            application_name=application_name,
            count=count,
            excluded_acd_queue_id=excluded_acd_queue_id,
            excluded_skill_id=excluded_skill_id,
            offset=offset,
            order_by=order_by,
            return_live_balance=return_live_balance,
            showing_skill_id=showing_skill_id,
            skill_id=skill_id,
            user_active=user_active,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
            with_queues=with_queues,
            with_skills=with_skills,
        )

        get_users_request.additional_properties = d
        return get_users_request

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
