from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetPushCredentialRequest")


@_attrs_define
class SetPushCredentialRequest:
    """
    Attributes:
        push_credential_id (int): The push credential's ID
        cert_content (str | Unset): APPLE: the certificate content in PEM format
        cert_password (str | Unset): APPLE: the certificate password
        huawei_application_id (str | Unset): HUAWEI: the application ID
        huawei_client_id (str | Unset): HUAWEI: the client ID
        huawei_client_secret (str | Unset): HUAWEI: the client secret
        is_dev_mode (bool | Unset): APPLE: whether to use the sandbox push server
        sender_id (str | Unset): GOOGLE (legacy): the sender ID
        server_key (str | Unset): GOOGLE (legacy): the server key
        service_account_file (str | Unset): GOOGLE: the service account file content (JSON)
    """

    push_credential_id: int
    cert_content: str | Unset = UNSET
    cert_password: str | Unset = UNSET
    huawei_application_id: str | Unset = UNSET
    huawei_client_id: str | Unset = UNSET
    huawei_client_secret: str | Unset = UNSET
    is_dev_mode: bool | Unset = UNSET
    sender_id: str | Unset = UNSET
    server_key: str | Unset = UNSET
    service_account_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push_credential_id = self.push_credential_id

        cert_content = self.cert_content

        cert_password = self.cert_password

        huawei_application_id = self.huawei_application_id

        huawei_client_id = self.huawei_client_id

        huawei_client_secret = self.huawei_client_secret

        is_dev_mode = self.is_dev_mode

        sender_id = self.sender_id

        server_key = self.server_key

        service_account_file = self.service_account_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "push_credential_id": push_credential_id,
            }
        )
        if cert_content is not UNSET:
            field_dict["cert_content"] = cert_content
        if cert_password is not UNSET:
            field_dict["cert_password"] = cert_password
        if huawei_application_id is not UNSET:
            field_dict["huawei_application_id"] = huawei_application_id
        if huawei_client_id is not UNSET:
            field_dict["huawei_client_id"] = huawei_client_id
        if huawei_client_secret is not UNSET:
            field_dict["huawei_client_secret"] = huawei_client_secret
        if is_dev_mode is not UNSET:
            field_dict["is_dev_mode"] = is_dev_mode
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
        push_credential_id = d.pop("push_credential_id")

        cert_content = d.pop("cert_content", UNSET)

        cert_password = d.pop("cert_password", UNSET)

        huawei_application_id = d.pop("huawei_application_id", UNSET)

        huawei_client_id = d.pop("huawei_client_id", UNSET)

        huawei_client_secret = d.pop("huawei_client_secret", UNSET)

        is_dev_mode = d.pop("is_dev_mode", UNSET)

        sender_id = d.pop("sender_id", UNSET)

        server_key = d.pop("server_key", UNSET)

        service_account_file = d.pop("service_account_file", UNSET)

        set_push_credential_request = cls(
            push_credential_id=push_credential_id,
            cert_content=cert_content,
            cert_password=cert_password,
            huawei_application_id=huawei_application_id,
            huawei_client_id=huawei_client_id,
            huawei_client_secret=huawei_client_secret,
            is_dev_mode=is_dev_mode,
            sender_id=sender_id,
            server_key=server_key,
            service_account_file=service_account_file,
        )

        set_push_credential_request.additional_properties = d
        return set_push_credential_request

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
