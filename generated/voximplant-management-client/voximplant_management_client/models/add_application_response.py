from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddApplicationResponse")


@_attrs_define
class AddApplicationResponse:
    """
    Attributes:
        application_id (int): The application ID
        application_name (str): The full application name
        result (int): Returns 1 if the request has been completed successfully
        secure_record_storage (bool): Whether a secure storage for logs and records is enabled or not
    """

    application_id: int
    application_name: str
    result: int
    secure_record_storage: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        result = self.result

        secure_record_storage = self.secure_record_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "application_name": application_name,
                "result": result,
                "secure_record_storage": secure_record_storage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        application_name = d.pop("application_name")

        result = d.pop("result")

        secure_record_storage = d.pop("secure_record_storage")

        add_application_response = cls(
            application_id=application_id,
            application_name=application_name,
            result=result,
            secure_record_storage=secure_record_storage,
        )

        add_application_response.additional_properties = d
        return add_application_response

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
