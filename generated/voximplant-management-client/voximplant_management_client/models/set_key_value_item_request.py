from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetKeyValueItemRequest")


@_attrs_define
class SetKeyValueItemRequest:
    """
    Attributes:
        application_id (int): Application ID
        key (str): Key, up to 200 characters. A key can contain a namespace that is written before the ’:’ symbol, for
            example, test:1234. Thus, namespace ‘test’ can be used as a pattern in the
            GetKeyValueItems(/docs/references/httpapi/keyvaluestorage#getkeyvalueitems) and
            GetKeyValueKeys(/docs/references/httpapi/keyvaluestorage#getkeyvaluekeys) methods to find the keys with the same
            namespace.

            The key should match the following regular expression: ^[a-zA-Z0-9а-яА-ЯёЁ_\\-:;.#+]*$
        value (str): Value for the specified key, up to 2000 characters
        application_name (str | Unset): Application name
        expires_at (int | Unset): Expiration date based on ttl (timestamp without milliseconds). Note that one of the
            two parameters (ttl or expires_at) must be set
        ttl (int | Unset): Key expiry time in seconds. The value is in range of 0..7,776,000 (90 days), the default
            value is 30 days (2,592,000 seconds). The TTL is converted to an expires_at Unix timestamp field as part of the
            storage object. Note that one of the two parameters (ttl or expires_at) must be set
    """

    application_id: int
    key: str
    value: str
    application_name: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        key = self.key

        value = self.value

        application_name = self.application_name

        expires_at = self.expires_at

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "key": key,
                "value": value,
            }
        )
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        key = d.pop("key")

        value = d.pop("value")

        application_name = d.pop("application_name", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        ttl = d.pop("ttl", UNSET)

        set_key_value_item_request = cls(
            application_id=application_id,
            key=key,
            value=value,
            application_name=application_name,
            expires_at=expires_at,
            ttl=ttl,
        )

        set_key_value_item_request.additional_properties = d
        return set_key_value_item_request

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
