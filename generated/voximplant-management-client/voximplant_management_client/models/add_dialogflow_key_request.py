from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddDialogflowKeyRequest")


@_attrs_define
class AddDialogflowKeyRequest:
    """
    Attributes:
        json_credentials (str): The Google service account's credentials file (JSON with project_id, client_email,
            private_key)
        application_id (int | Unset): The application to bind the key to
        application_name (str | Unset): The application's name, instead of application_id
        description (str | Unset): A description of the key
    """

    json_credentials: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        json_credentials = self.json_credentials

        application_id = self.application_id

        application_name = self.application_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "json_credentials": json_credentials,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        json_credentials = d.pop("json_credentials")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        description = d.pop("description", UNSET)

        add_dialogflow_key_request = cls(
            json_credentials=json_credentials,
            application_id=application_id,
            application_name=application_name,
            description=description,
        )

        add_dialogflow_key_request.additional_properties = d
        return add_dialogflow_key_request

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
