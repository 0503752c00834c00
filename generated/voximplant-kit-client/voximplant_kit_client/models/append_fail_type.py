from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendFailType")


@_attrs_define
class AppendFailType:
    """A row appendToCampaign (or agentCampaigns/appendContacts) could not take.

    Attributes:
        errors (list[str]): Why the row was rejected.
        phone (str | Unset): Phone of the rejected row.
        utc (str | Unset): Time zone of the rejected row, under the key the request rows use.
        custom_field (str | Unset): Custom fields of the rejected row, JSON text.
    """

    errors: list[str]
    phone: str | Unset = UNSET
    utc: str | Unset = UNSET
    custom_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        phone = self.phone

        utc = self.utc

        custom_field = self.custom_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if utc is not UNSET:
            field_dict["UTC"] = utc
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = cast(list[str], d.pop("errors"))

        phone = d.pop("phone", UNSET)

        utc = d.pop("UTC", UNSET)

        custom_field = d.pop("custom_field", UNSET)

        append_fail_type = cls(
            errors=errors,
            phone=phone,
            utc=utc,
            custom_field=custom_field,
        )

        append_fail_type.additional_properties = d
        return append_fail_type

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
