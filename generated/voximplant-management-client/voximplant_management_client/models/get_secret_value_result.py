from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSecretValueResult")


@_attrs_define
class GetSecretValueResult:
    """
    Attributes:
        created (str): Secret creation timestamp
        modified (str): Secret modification timestamp
        secret_id (int): Secret ID
        secret_name (str): Secret name
        secret_value (str): Secret value
        description (str | Unset): Secret description
    """

    created: str
    modified: str
    secret_id: int
    secret_name: str
    secret_value: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        modified = self.modified

        secret_id = self.secret_id

        secret_name = self.secret_name

        secret_value = self.secret_value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "modified": modified,
                "secret_id": secret_id,
                "secret_name": secret_name,
                "secret_value": secret_value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created")

        modified = d.pop("modified")

        secret_id = d.pop("secret_id")

        secret_name = d.pop("secret_name")

        secret_value = d.pop("secret_value")

        description = d.pop("description", UNSET)

        get_secret_value_result = cls(
            created=created,
            modified=modified,
            secret_id=secret_id,
            secret_name=secret_name,
            secret_value=secret_value,
            description=description,
        )

        get_secret_value_result.additional_properties = d
        return get_secret_value_result

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
