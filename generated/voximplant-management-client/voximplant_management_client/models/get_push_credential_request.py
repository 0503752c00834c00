from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_push_credential_request_push_provider_id import (
    GetPushCredentialRequestPushProviderId,
    check_get_push_credential_request_push_provider_id,
)
from ..models.get_push_credential_request_push_provider_name import (
    GetPushCredentialRequestPushProviderName,
    check_get_push_credential_request_push_provider_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPushCredentialRequest")


@_attrs_define
class GetPushCredentialRequest:
    """
    Attributes:
        application_id (int | Unset): Only the credentials bound to this application ID
        application_name (str | Unset): Only the credentials bound to this application
        push_credential_id (int | Unset): The push credential's ID
        push_provider_id (GetPushCredentialRequestPushProviderId | Unset): Only the credentials of this push provider ID
        push_provider_name (GetPushCredentialRequestPushProviderName | Unset): Only the credentials of this push
            provider
        with_cert (bool | Unset): Whether to return the secret parts (certificate, keys) too
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    push_credential_id: int | Unset = UNSET
    push_provider_id: GetPushCredentialRequestPushProviderId | Unset = UNSET
    push_provider_name: GetPushCredentialRequestPushProviderName | Unset = UNSET
    with_cert: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        push_credential_id = self.push_credential_id

        push_provider_id: int | Unset = UNSET
        if not isinstance(self.push_provider_id, Unset):
            push_provider_id = self.push_provider_id

        push_provider_name: str | Unset = UNSET
        if not isinstance(self.push_provider_name, Unset):
            push_provider_name = self.push_provider_name

        with_cert = self.with_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if push_credential_id is not UNSET:
            field_dict["push_credential_id"] = push_credential_id
        if push_provider_id is not UNSET:
            field_dict["push_provider_id"] = push_provider_id
        if push_provider_name is not UNSET:
            field_dict["push_provider_name"] = push_provider_name
        if with_cert is not UNSET:
            field_dict["with_cert"] = with_cert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        push_credential_id = d.pop("push_credential_id", UNSET)

        _push_provider_id = d.pop("push_provider_id", UNSET)
        push_provider_id: GetPushCredentialRequestPushProviderId | Unset
        if isinstance(_push_provider_id, Unset):
            push_provider_id = UNSET
        else:
            push_provider_id = check_get_push_credential_request_push_provider_id(_push_provider_id)

        _push_provider_name = d.pop("push_provider_name", UNSET)
        push_provider_name: GetPushCredentialRequestPushProviderName | Unset
        if isinstance(_push_provider_name, Unset):
            push_provider_name = UNSET
        else:
            push_provider_name = check_get_push_credential_request_push_provider_name(_push_provider_name)

        with_cert = d.pop("with_cert", UNSET)

        get_push_credential_request = cls(
            application_id=application_id,
            application_name=application_name,
            push_credential_id=push_credential_id,
            push_provider_id=push_provider_id,
            push_provider_name=push_provider_name,
            with_cert=with_cert,
        )

        get_push_credential_request.additional_properties = d
        return get_push_credential_request

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
