from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDialogflowKeysRequest")


@_attrs_define
class GetDialogflowKeysRequest:
    """
    Attributes:
        application_id (int | Unset): Only the keys bound to this application ID
        application_name (str | Unset): Only the keys bound to this application
        dialogflow_key_id (int | Unset): The Dialogflow key's ID
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    dialogflow_key_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        dialogflow_key_id = self.dialogflow_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if dialogflow_key_id is not UNSET:
            field_dict["dialogflow_key_id"] = dialogflow_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        dialogflow_key_id = d.pop("dialogflow_key_id", UNSET)

        get_dialogflow_keys_request = cls(
            application_id=application_id,
            application_name=application_name,
            dialogflow_key_id=dialogflow_key_id,
        )

        get_dialogflow_keys_request.additional_properties = d
        return get_dialogflow_keys_request

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
