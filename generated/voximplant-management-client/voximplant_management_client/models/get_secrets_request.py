from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSecretsRequest")


@_attrs_define
class GetSecretsRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID
        application_name (str | Unset): Application name. Can be used instead of application_id
        count (int | Unset): Maximum returning record number
        offset (int | Unset): First N records to be skipped in the output
        secret_name_part (str | Unset): Filter by the secret name part
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    secret_name_part: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        offset = self.offset

        secret_name_part = self.secret_name_part

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if secret_name_part is not UNSET:
            field_dict["secret_name_part"] = secret_name_part

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        secret_name_part = d.pop("secret_name_part", UNSET)

        get_secrets_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            offset=offset,
            secret_name_part=secret_name_part,
        )

        get_secrets_request.additional_properties = d
        return get_secrets_request

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
