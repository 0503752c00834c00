from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindPushCredentialRequest")


@_attrs_define
class BindPushCredentialRequest:
    """
    Attributes:
        application_id (str): The application IDs separated by semicolons (;), or all
        push_credential_id (str): The push credential IDs separated by semicolons (;)
        bind (bool | Unset): Whether to bind (true, the default) or unbind (false)
    """

    application_id: str
    push_credential_id: str
    bind: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        push_credential_id = self.push_credential_id

        bind = self.bind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "push_credential_id": push_credential_id,
            }
        )
        if bind is not UNSET:
            field_dict["bind"] = bind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        push_credential_id = d.pop("push_credential_id")

        bind = d.pop("bind", UNSET)

        bind_push_credential_request = cls(
            application_id=application_id,
            push_credential_id=push_credential_id,
            bind=bind,
        )

        bind_push_credential_request.additional_properties = d
        return bind_push_credential_request

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
