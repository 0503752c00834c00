from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetApplicationInfoRequest")


@_attrs_define
class SetApplicationInfoRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID
        application_name (str | Unset): The new short application name in format [a-z][a-z0-9-]{1,79}
        required_application_name (str | Unset): The application name that can be used instead of application_id
        secure_record_storage (bool | Unset): Whether to enable secure storage for all logs and records of the
            application
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    required_application_name: str | Unset = UNSET
    secure_record_storage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        required_application_name = self.required_application_name

        secure_record_storage = self.secure_record_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if required_application_name is not UNSET:
            field_dict["required_application_name"] = required_application_name
        if secure_record_storage is not UNSET:
            field_dict["secure_record_storage"] = secure_record_storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        required_application_name = d.pop("required_application_name", UNSET)

        secure_record_storage = d.pop("secure_record_storage", UNSET)

        set_application_info_request = cls(
            application_id=application_id,
            application_name=application_name,
            required_application_name=required_application_name,
            secure_record_storage=secure_record_storage,
        )

        set_application_info_request.additional_properties = d
        return set_application_info_request

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
