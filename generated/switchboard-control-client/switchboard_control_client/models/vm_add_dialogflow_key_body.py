from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddDialogflowKeyBody")


@_attrs_define
class VmAddDialogflowKeyBody:
    """
    Attributes:
        description (str | Unset):
        project_id (str | Unset):
        client_email (str | Unset):
        application_id (int | Unset):
    """

    description: str | Unset = UNSET
    project_id: str | Unset = UNSET
    client_email: str | Unset = UNSET
    application_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        project_id = self.project_id

        client_email = self.client_email

        application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if application_id is not UNSET:
            field_dict["application_id"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        project_id = d.pop("project_id", UNSET)

        client_email = d.pop("client_email", UNSET)

        application_id = d.pop("application_id", UNSET)

        vm_add_dialogflow_key_body = cls(
            description=description,
            project_id=project_id,
            client_email=client_email,
            application_id=application_id,
        )

        vm_add_dialogflow_key_body.additional_properties = d
        return vm_add_dialogflow_key_body

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
