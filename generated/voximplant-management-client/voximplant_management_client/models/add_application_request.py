from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddApplicationRequest")


@_attrs_define
class AddApplicationRequest:
    """
    Attributes:
        application_name (str): Short application name in the [a-z][a-z0-9-]{1,64} format
        secure_record_storage (bool | Unset): Whether to enable secure storage for all logs and records of the
            application
    """

    application_name: str
    secure_record_storage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_name = self.application_name

        secure_record_storage = self.secure_record_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_name": application_name,
            }
        )
        if secure_record_storage is not UNSET:
            field_dict["secure_record_storage"] = secure_record_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_name = d.pop("application_name")

        secure_record_storage = d.pop("secure_record_storage", UNSET)

        add_application_request = cls(
            application_name=application_name,
            secure_record_storage=secure_record_storage,
        )

        add_application_request.additional_properties = d
        return add_application_request

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
