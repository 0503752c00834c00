from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindUserToQueueRequest")


@_attrs_define
class BindUserToQueueRequest:
    """
    Attributes:
        bind (bool): Whether to bind or unbind users
        acd_queue_id (str | Unset): The ACD queue ID list separated by semicolons (;). Use the ‘all’ value to specify
            all queues bound to the application
        acd_queue_name (str | Unset): The queue name that can be used instead of acd_queue_id. The queue name list
            separated by semicolons (;)
        application_id (int | Unset): The application ID
        application_name (str | Unset): The application name that can be used instead of application_id
        user_id (str | Unset): The user ID list separated by semicolons (;). Use the ‘all’ value to specify all users
            bound to the application
        user_name (str | Unset): The user name list separated by semicolons (;). user_name can be used instead of
            user_id
    """

    bind: bool
    acd_queue_id: str | Unset = UNSET
    acd_queue_name: str | Unset = UNSET
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bind = self.bind

        acd_queue_id = self.acd_queue_id

        acd_queue_name = self.acd_queue_name

        application_id = self.application_id

        application_name = self.application_name

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bind": bind,
            }
        )
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if acd_queue_name is not UNSET:
            field_dict["acd_queue_name"] = acd_queue_name
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bind = d.pop("bind")

        acd_queue_id = d.pop("acd_queue_id", UNSET)

        acd_queue_name = d.pop("acd_queue_name", UNSET)

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        bind_user_to_queue_request = cls(
            bind=bind,
            acd_queue_id=acd_queue_id,
            acd_queue_name=acd_queue_name,
            application_id=application_id,
            application_name=application_name,
            user_id=user_id,
            user_name=user_name,
        )

        bind_user_to_queue_request.additional_properties = d
        return bind_user_to_queue_request

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
