from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSecretRequest")


@_attrs_define
class AddSecretRequest:
    """
    Attributes:
        secret_name (str): Secret name. The name must start with a Latin letter and can contain up to 64 characters,
            including Latin letters, digits and underscores
        secret_value (str): Secret value. Maximum length is 8192 characters
        application_id (int | Unset): Application ID to add the secret to
        application_name (str | Unset): Application name. Can be used instead of application_id
        description (str | Unset): Optional. Secret description. When processing, the length is truncated to the first
            200 characters
    """

    secret_name: str
    secret_value: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret_name = self.secret_name

        secret_value = self.secret_value

        application_id = self.application_id

        application_name = self.application_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret_name": secret_name,
                "secret_value": secret_value,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret_name = d.pop("secret_name")

        secret_value = d.pop("secret_value")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        description = d.pop("description", UNSET)

        add_secret_request = cls(
            secret_name=secret_name,
            secret_value=secret_value,
            application_id=application_id,
            application_name=application_name,
            description=description,
        )

        add_secret_request.additional_properties = d
        return add_secret_request

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
