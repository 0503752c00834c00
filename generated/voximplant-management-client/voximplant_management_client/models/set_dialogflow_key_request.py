from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetDialogflowKeyRequest")


@_attrs_define
class SetDialogflowKeyRequest:
    """
    Attributes:
        description (str): The Dialogflow key’s description. To clear previously set description leave the parameter
            blank or put whitespaces only
        dialogflow_key_id (int): The Dialogflow key’s ID
    """

    description: str
    dialogflow_key_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        dialogflow_key_id = self.dialogflow_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "dialogflow_key_id": dialogflow_key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        dialogflow_key_id = d.pop("dialogflow_key_id")

        set_dialogflow_key_request = cls(
            description=description,
            dialogflow_key_id=dialogflow_key_id,
        )

        set_dialogflow_key_request.additional_properties = d
        return set_dialogflow_key_request

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
