from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialerAppendResult")


@_attrs_define
class DialerAppendResult:
    """campaigns/appendContacts outcome.

    Attributes:
        success_contacts (int): Contacts added.
        failed_contacts (int): Contacts rejected.
        total_contacts (int): Rows received.
        invalid_phones (int | list[str] | Unset): Rows with a bad phone (count or list: not recorded).
        invalid_tz (int | list[str] | Unset): Rows with a bad time zone (count or list: not recorded).
    """

    success_contacts: int
    failed_contacts: int
    total_contacts: int
    invalid_phones: int | list[str] | Unset = UNSET
    invalid_tz: int | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_contacts = self.success_contacts

        failed_contacts = self.failed_contacts

        total_contacts = self.total_contacts

        invalid_phones: int | list[str] | Unset
        if isinstance(self.invalid_phones, Unset):
            invalid_phones = UNSET
        elif isinstance(self.invalid_phones, list):
            invalid_phones = self.invalid_phones

        else:
            invalid_phones = self.invalid_phones

        invalid_tz: int | list[str] | Unset
        if isinstance(self.invalid_tz, Unset):
            invalid_tz = UNSET
        elif isinstance(self.invalid_tz, list):
            invalid_tz = self.invalid_tz

        else:
            invalid_tz = self.invalid_tz

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_contacts": success_contacts,
                "failed_contacts": failed_contacts,
                "total_contacts": total_contacts,
            }
        )
        if invalid_phones is not UNSET:
            field_dict["invalid_phones"] = invalid_phones
        if invalid_tz is not UNSET:
            field_dict["invalid_tz"] = invalid_tz

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success_contacts = d.pop("success_contacts")

        failed_contacts = d.pop("failed_contacts")

        total_contacts = d.pop("total_contacts")

        def _parse_invalid_phones(data: object) -> int | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invalid_phones_type_1 = cast(list[str], data)

                return invalid_phones_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[str] | Unset, data)

        invalid_phones = _parse_invalid_phones(d.pop("invalid_phones", UNSET))

        def _parse_invalid_tz(data: object) -> int | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invalid_tz_type_1 = cast(list[str], data)

                return invalid_tz_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[str] | Unset, data)

        invalid_tz = _parse_invalid_tz(d.pop("invalid_tz", UNSET))

        dialer_append_result = cls(
            success_contacts=success_contacts,
            failed_contacts=failed_contacts,
            total_contacts=total_contacts,
            invalid_phones=invalid_phones,
            invalid_tz=invalid_tz,
        )

        dialer_append_result.additional_properties = d
        return dialer_append_result

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
