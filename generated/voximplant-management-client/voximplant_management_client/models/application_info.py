from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicationInfo")


@_attrs_define
class ApplicationInfo:
    """
    Attributes:
        application_id (int): The application ID
        application_name (str): The full application name
        modified (str): The application editing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        secure_record_storage (bool): Whether a secure storage for logs and records is enabled
    """

    application_id: int
    application_name: str
    modified: str
    secure_record_storage: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        modified = self.modified

        secure_record_storage = self.secure_record_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "application_name": application_name,
                "modified": modified,
                "secure_record_storage": secure_record_storage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        application_name = d.pop("application_name")

        modified = d.pop("modified")

        secure_record_storage = d.pop("secure_record_storage")

        application_info = cls(
            application_id=application_id,
            application_name=application_name,
            modified=modified,
            secure_record_storage=secure_record_storage,
        )

        application_info.additional_properties = d
        return application_info

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
