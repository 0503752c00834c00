from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dnc_result_status import DncResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DncResult")


@_attrs_define
class DncResult:
    """Per-number result of adding to the DNC list.

    Attributes:
        phone_number (str): Phone number as sent.
        status (DncResultStatus): created = newly added; updated = already on the list, updated; failed = rejected (see
            error).
        expires_at (str | Unset): Expiry as sent (omitted when none was sent).
        error (str | Unset): Reason for a failed item, e.g. "expires_at cannot be past date/time", "phone_number is
            invalid", "emergency phone number is not allowed".
    """

    phone_number: str
    status: DncResultStatus
    expires_at: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        status = self.status.value

        expires_at = self.expires_at

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "status": status,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        status = DncResultStatus(d.pop("status"))

        expires_at = d.pop("expires_at", UNSET)

        error = d.pop("error", UNSET)

        dnc_result = cls(
            phone_number=phone_number,
            status=status,
            expires_at=expires_at,
            error=error,
        )

        dnc_result.additional_properties = d
        return dnc_result

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
