from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelSecretRequest")


@_attrs_define
class DelSecretRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID
        application_name (str | Unset): Application name. Can be used instead of application_id
        secret_id (str | Unset): IDs to delete. A list separated by semicolons (;). Use the ‘all’ value to delete all
            secrets
        secret_name (str | Unset): Secret names to delete. List separated by semicolons (;)
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    secret_id: str | Unset = UNSET
    secret_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        secret_id = self.secret_id

        secret_name = self.secret_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if secret_id is not UNSET:
            field_dict["secret_id"] = secret_id
        if secret_name is not UNSET:
            field_dict["secret_name"] = secret_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        secret_id = d.pop("secret_id", UNSET)

        secret_name = d.pop("secret_name", UNSET)

        del_secret_request = cls(
            application_id=application_id,
            application_name=application_name,
            secret_id=secret_id,
            secret_name=secret_name,
        )

        del_secret_request.additional_properties = d
        return del_secret_request

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
