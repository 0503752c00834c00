from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushCredentialContent")


@_attrs_define
class PushCredentialContent:
    """The settings of push credentials (the secret ones with with_cert only).

    Attributes:
        credential_bundle (str | Unset): The bundle (package) name
        cert_file_name (str | Unset): APPLE: the certificate file name
        is_dev_mode (bool | Unset): APPLE: whether the sandbox server is used
        cert_content (str | Unset): APPLE: the certificate (with_cert)
        sender_id (str | Unset): GOOGLE (legacy): the sender ID
        server_key (str | Unset): GOOGLE (legacy): the server key (with_cert)
        service_account_file (str | Unset): GOOGLE: the service account file (with_cert)
        huawei_client_id (str | Unset): HUAWEI: the client ID
        huawei_application_id (str | Unset): HUAWEI: the application ID
        huawei_client_secret (str | Unset): HUAWEI: the client secret (with_cert)
    """

    credential_bundle: str | Unset = UNSET
    cert_file_name: str | Unset = UNSET
    is_dev_mode: bool | Unset = UNSET
    cert_content: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    server_key: str | Unset = UNSET
    service_account_file: str | Unset = UNSET
    huawei_client_id: str | Unset = UNSET
    huawei_application_id: str | Unset = UNSET
    huawei_client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_bundle = self.credential_bundle

        cert_file_name = self.cert_file_name

        is_dev_mode = self.is_dev_mode

        cert_content = self.cert_content

        sender_id = self.sender_id

        server_key = self.server_key

        service_account_file = self.service_account_file

        huawei_client_id = self.huawei_client_id

        huawei_application_id = self.huawei_application_id

        huawei_client_secret = self.huawei_client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_bundle is not UNSET:
            field_dict["credential_bundle"] = credential_bundle
        if cert_file_name is not UNSET:
            field_dict["cert_file_name"] = cert_file_name
        if is_dev_mode is not UNSET:
            field_dict["is_dev_mode"] = is_dev_mode
        if cert_content is not UNSET:
            field_dict["cert_content"] = cert_content
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if server_key is not UNSET:
            field_dict["server_key"] = server_key
        if service_account_file is not UNSET:
            field_dict["service_account_file"] = service_account_file
        if huawei_client_id is not UNSET:
            field_dict["huawei_client_id"] = huawei_client_id
        if huawei_application_id is not UNSET:
            field_dict["huawei_application_id"] = huawei_application_id
        if huawei_client_secret is not UNSET:
            field_dict["huawei_client_secret"] = huawei_client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_bundle = d.pop("credential_bundle", UNSET)

        cert_file_name = d.pop("cert_file_name", UNSET)

        is_dev_mode = d.pop("is_dev_mode", UNSET)

        cert_content = d.pop("cert_content", UNSET)

        sender_id = d.pop("sender_id", UNSET)

        server_key = d.pop("server_key", UNSET)

        service_account_file = d.pop("service_account_file", UNSET)

        huawei_client_id = d.pop("huawei_client_id", UNSET)

        huawei_application_id = d.pop("huawei_application_id", UNSET)

        huawei_client_secret = d.pop("huawei_client_secret", UNSET)

        push_credential_content = cls(
            credential_bundle=credential_bundle,
            cert_file_name=cert_file_name,
            is_dev_mode=is_dev_mode,
            cert_content=cert_content,
            sender_id=sender_id,
            server_key=server_key,
            service_account_file=service_account_file,
            huawei_client_id=huawei_client_id,
            huawei_application_id=huawei_application_id,
            huawei_client_secret=huawei_client_secret,
        )

        push_credential_content.additional_properties = d
        return push_credential_content

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
