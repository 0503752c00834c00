from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetSecretInfoRequest")


@_attrs_define
class SetSecretInfoRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID
        application_name (str | Unset): Application name. Can be used instead of application_id
        description (str | Unset): Secret description. When processing, the length is truncated to the first 200
            characters
        new_secret_name (str | Unset): New secret name. The name must start with a Latin letter and can contain up to 64
            characters, including Latin letters, digits and underscores
        secret_id (int | Unset): Secret ID to edit
        secret_name (str | Unset): Secret name. Can be used instead of secret_id
        secret_value (str | Unset): Secret value. Maximum length is 8192 characters
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    description: str | Unset = UNSET
    new_secret_name: str | Unset = UNSET
    secret_id: int | Unset = UNSET
    secret_name: str | Unset = UNSET
    secret_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        description = self.description

        new_secret_name = self.new_secret_name

        secret_id = self.secret_id

        secret_name = self.secret_name

        secret_value = self.secret_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if description is not UNSET:
            field_dict["description"] = description
        if new_secret_name is not UNSET:
            field_dict["new_secret_name"] = new_secret_name
        if secret_id is not UNSET:
            field_dict["secret_id"] = secret_id
        if secret_name is not UNSET:
            field_dict["secret_name"] = secret_name
        if secret_value is not UNSET:
            field_dict["secret_value"] = secret_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        description = d.pop("description", UNSET)

        new_secret_name = d.pop("new_secret_name", UNSET)

        secret_id = d.pop("secret_id", UNSET)

        secret_name = d.pop("secret_name", UNSET)

        secret_value = d.pop("secret_value", UNSET)

        set_secret_info_request = cls(
            application_id=application_id,
            application_name=application_name,
            description=description,
            new_secret_name=new_secret_name,
            secret_id=secret_id,
            secret_name=secret_name,
            secret_value=secret_value,
        )

        set_secret_info_request.additional_properties = d
        return set_secret_info_request

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
