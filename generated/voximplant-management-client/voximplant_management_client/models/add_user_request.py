from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddUserRequest")


@_attrs_define
class AddUserRequest:
    """
    Attributes:
        user_display_name (str): The user display name. The length must be less than 256
        user_name (str): The user name in format [a-z0-9][a-z0-9_-]{2,49}
        user_password (str): The user password. Must be at least 8 characters long and contain at least one uppercase
            and lowercase letter, one number, and one special character
        application_id (int | Unset): The application ID which a new user is to be bound to. Can be used instead of the
            application_name parameter
        application_name (str | Unset): The application name which a new user is to be bound to. Can be used instead of
            the application_id parameter
        mobile_phone (str | Unset):
        parent_accounting (bool | Unset): Whether the user uses the parent account’s money, ‘false’ if the user has a
            separate balance
        user_active (bool | Unset): Whether the user is active. Inactive users cannot log in to applications
        user_custom_data (str | Unset): Any string
    """

    user_display_name: str
    user_name: str
    user_password: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    parent_accounting: bool | Unset = UNSET
    user_active: bool | Unset = UNSET
    user_custom_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_display_name = self.user_display_name

        user_name = self.user_name

        user_password = self.user_password

        application_id = self.application_id

        application_name = self.application_name

        mobile_phone = self.mobile_phone

        parent_accounting = self.parent_accounting

        user_active = self.user_active

        user_custom_data = self.user_custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_display_name": user_display_name,
                "user_name": user_name,
                "user_password": user_password,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if parent_accounting is not UNSET:
            field_dict["parent_accounting"] = parent_accounting
        if user_active is not UNSET:
            field_dict["user_active"] = user_active
        if user_custom_data is not UNSET:
            field_dict["user_custom_data"] = user_custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_display_name = d.pop("user_display_name")

        user_name = d.pop("user_name")

        user_password = d.pop("user_password")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        mobile_phone = d.pop("mobile_phone", UNSET)

        parent_accounting = d.pop("parent_accounting", UNSET)

        user_active = d.pop("user_active", UNSET)

        user_custom_data = d.pop("user_custom_data", UNSET)

        add_user_request = cls(
            user_display_name=user_display_name,
            user_name=user_name,
            user_password=user_password,
            application_id=application_id,
            application_name=application_name,
            mobile_phone=mobile_phone,
            parent_accounting=parent_accounting,
            user_active=user_active,
            user_custom_data=user_custom_data,
        )

        add_user_request.additional_properties = d
        return add_user_request

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
