from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetUserInfoRequest")


@_attrs_define
class SetUserInfoRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID. It is required if the user_name is specified
        application_name (str | Unset): The application name that can be used instead of application_id
        mobile_phone (str | Unset):
        new_user_name (str | Unset): The new user name in format [a-z0-9][a-z0-9_-]{2,49}
        parent_accounting (bool | Unset): Whether to use the parent account’s money, ‘false’ to use a separate user
            balance
        user_active (bool | Unset): Whether the user is active. Inactive users cannot log in to applications
        user_custom_data (str | Unset): Any string
        user_display_name (str | Unset): The new user display name. The length must be less than 256
        user_id (int | Unset): The user to edit
        user_name (str | Unset): The user name that can be used instead of user_id
        user_password (str | Unset): The new user password. Must be at least 8 characters long and contain at least one
            uppercase and lowercase letter, one number, and one special character
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    new_user_name: str | Unset = UNSET
    parent_accounting: bool | Unset = UNSET
    user_active: bool | Unset = UNSET
    user_custom_data: str | Unset = UNSET
    user_display_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    user_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        mobile_phone = self.mobile_phone

        new_user_name = self.new_user_name

        parent_accounting = self.parent_accounting

        user_active = self.user_active

        user_custom_data = self.user_custom_data

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        user_password = self.user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if new_user_name is not UNSET:
            field_dict["new_user_name"] = new_user_name
        if parent_accounting is not UNSET:
            field_dict["parent_accounting"] = parent_accounting
        if user_active is not UNSET:
            field_dict["user_active"] = user_active
        if user_custom_data is not UNSET:
            field_dict["user_custom_data"] = user_custom_data
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_password is not UNSET:
            field_dict["user_password"] = user_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        new_user_name = d.pop("new_user_name", UNSET)

        parent_accounting = d.pop("parent_accounting", UNSET)

        user_active = d.pop("user_active", UNSET)

        user_custom_data = d.pop("user_custom_data", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_password = d.pop("user_password", UNSET)

        set_user_info_request = cls(
            application_id=application_id,
            application_name=application_name,
            mobile_phone=mobile_phone,
            new_user_name=new_user_name,
            parent_accounting=parent_accounting,
            user_active=user_active,
            user_custom_data=user_custom_data,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
            user_password=user_password,
        )

        set_user_info_request.additional_properties = d
        return set_user_info_request

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
