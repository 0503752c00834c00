from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKeyValueItemRequest")


@_attrs_define
class GetKeyValueItemRequest:
    """
    Attributes:
        application_id (int): The application ID
        key (str): Key, up to 200 characters
        application_name (str | Unset): The application name
    """

    application_id: int
    key: str
    application_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        key = self.key

        application_name = self.application_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "key": key,
            }
        )
        if application_name is not UNSET:
            field_dict["application_name"] = application_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        key = d.pop("key")

        application_name = d.pop("application_name", UNSET)

        get_key_value_item_request = cls(
            application_id=application_id,
            key=key,
            application_name=application_name,
        )

        get_key_value_item_request.additional_properties = d
        return get_key_value_item_request

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
