from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKeyValueKeysRequest")


@_attrs_define
class GetKeyValueKeysRequest:
    """
    Attributes:
        application_id (int): The application ID
        application_name (str | Unset): The application name
        count (int | Unset): Number of items to show per page with a maximum value of 50. Default value is 10
        key (str | Unset): Namespace that keys should contain, up to 200 characters
        offset (int | Unset): Number of items to skip (e.g. if you set count = 20 and offset = 0 the first time, the
            next time, offset has to be equal to 20 to skip the items shown earlier). Default value is 0
    """

    application_id: int
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    key: str | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        key = self.key

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
            }
        )
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if key is not UNSET:
            field_dict["key"] = key
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        key = d.pop("key", UNSET)

        offset = d.pop("offset", UNSET)

        get_key_value_keys_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            key=key,
            offset=offset,
        )

        get_key_value_keys_request.additional_properties = d
        return get_key_value_keys_request

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
