from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_push_credential_request_push_provider_id import (
    AddPushCredentialRequestPushProviderId,
    check_add_push_credential_request_push_provider_id,
)
from ..models.add_push_credential_request_push_provider_name import (
    AddPushCredentialRequestPushProviderName,
    check_add_push_credential_request_push_provider_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddPushCredentialRequest")


@_attrs_define
class AddPushCredentialRequest:
    """
    Attributes:
        application_id (int | Unset): The application to bind the credentials to. Can be used instead of
            application_name
        application_name (str | Unset): The application to bind the credentials to. Can be used instead of
            application_id
        cert_content (str | Unset): APPLE: the certificate content in PEM format
        cert_file_name (str | Unset): APPLE: the certificate file name
        cert_password (str | Unset): APPLE: the certificate password
        credential_bundle (str | Unset): The bundle (package) name of the mobile application
        huawei_application_id (str | Unset): HUAWEI: the application ID
        huawei_client_id (str | Unset): HUAWEI: the client ID
        huawei_client_secret (str | Unset): HUAWEI: the client secret
        is_dev_mode (bool | Unset): APPLE: whether to use the sandbox push server
        push_provider_id (AddPushCredentialRequestPushProviderId | Unset): The push provider's ID: 1 APPLE, 2 GOOGLE, 3
            APPLE_VOIP, 4 HUAWEI. Can be used instead of push_provider_name
        push_provider_name (AddPushCredentialRequestPushProviderName | Unset): The push provider: APPLE, APPLE_VOIP,
            GOOGLE or HUAWEI. Can be used instead of push_provider_id
        sender_id (str | Unset): GOOGLE (legacy): the sender ID
        server_key (str | Unset): GOOGLE (legacy): the server key
        service_account_file (str | Unset): GOOGLE: the service account file content (JSON)
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    cert_content: str | Unset = UNSET
    cert_file_name: str | Unset = UNSET
    cert_password: str | Unset = UNSET
    credential_bundle: str | Unset = UNSET
    huawei_application_id: str | Unset = UNSET
    huawei_client_id: str | Unset = UNSET
    huawei_client_secret: str | Unset = UNSET
    is_dev_mode: bool | Unset = UNSET
    push_provider_id: AddPushCredentialRequestPushProviderId | Unset = UNSET
    push_provider_name: AddPushCredentialRequestPushProviderName | Unset = UNSET
    sender_id: str | Unset = UNSET
    server_key: str | Unset = UNSET
    service_account_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        cert_content = self.cert_content

        cert_file_name = self.cert_file_name

        cert_password = self.cert_password

        credential_bundle = self.credential_bundle

        huawei_application_id = self.huawei_application_id

        huawei_client_id = self.huawei_client_id

        huawei_client_secret = self.huawei_client_secret

        is_dev_mode = self.is_dev_mode

        push_provider_id: int | Unset = UNSET
        if not isinstance(self.push_provider_id, Unset):
            push_provider_id = self.push_provider_id

        push_provider_name: str | Unset = UNSET
        if not isinstance(self.push_provider_name, Unset):
            push_provider_name = self.push_provider_name

        sender_id = self.sender_id

        server_key = self.server_key

        service_account_file = self.service_account_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if cert_content is not UNSET:
            field_dict["cert_content"] = cert_content
        if cert_file_name is not UNSET:
            field_dict["cert_file_name"] = cert_file_name
        if cert_password is not UNSET:
            field_dict["cert_password"] = cert_password
        if credential_bundle is not UNSET:
            field_dict["credential_bundle"] = credential_bundle
        if huawei_application_id is not UNSET:
            field_dict["huawei_application_id"] = huawei_application_id
        if huawei_client_id is not UNSET:
            field_dict["huawei_client_id"] = huawei_client_id
        if huawei_client_secret is not UNSET:
            field_dict["huawei_client_secret"] = huawei_client_secret
        if is_dev_mode is not UNSET:
            field_dict["is_dev_mode"] = is_dev_mode
        if push_provider_id is not UNSET:
            field_dict["push_provider_id"] = push_provider_id
        if push_provider_name is not UNSET:
            field_dict["push_provider_name"] = push_provider_name
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if server_key is not UNSET:
            field_dict["server_key"] = server_key
        if service_account_file is not UNSET:
            field_dict["service_account_file"] = service_account_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        cert_content = d.pop("cert_content", UNSET)

        cert_file_name = d.pop("cert_file_name", UNSET)

        cert_password = d.pop("cert_password", UNSET)

        credential_bundle = d.pop("credential_bundle", UNSET)

        huawei_application_id = d.pop("huawei_application_id", UNSET)

        huawei_client_id = d.pop("huawei_client_id", UNSET)

        huawei_client_secret = d.pop("huawei_client_secret", UNSET)

        is_dev_mode = d.pop("is_dev_mode", UNSET)

        _push_provider_id = d.pop("push_provider_id", UNSET)
        push_provider_id: AddPushCredentialRequestPushProviderId | Unset
        if isinstance(_push_provider_id, Unset):
            push_provider_id = UNSET
        else:
            push_provider_id = check_add_push_credential_request_push_provider_id(_push_provider_id)

        _push_provider_name = d.pop("push_provider_name", UNSET)
        push_provider_name: AddPushCredentialRequestPushProviderName | Unset
        if isinstance(_push_provider_name, Unset):
            push_provider_name = UNSET
        else:
            push_provider_name = check_add_push_credential_request_push_provider_name(_push_provider_name)

        sender_id = d.pop("sender_id", UNSET)

        server_key = d.pop("server_key", UNSET)

        service_account_file = d.pop("service_account_file", UNSET)

        add_push_credential_request = cls(
            application_id=application_id,
            application_name=application_name,
            cert_content=cert_content,
            cert_file_name=cert_file_name,
            cert_password=cert_password,
            credential_bundle=credential_bundle,
            huawei_application_id=huawei_application_id,
            huawei_client_id=huawei_client_id,
            huawei_client_secret=huawei_client_secret,
            is_dev_mode=is_dev_mode,
            push_provider_id=push_provider_id,
            push_provider_name=push_provider_name,
            sender_id=sender_id,
            server_key=server_key,
            service_account_file=service_account_file,
        )

        add_push_credential_request.additional_properties = d
        return add_push_credential_request

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
