from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DncCheckResult")


@_attrs_define
class DncCheckResult:
    """Whether a phone number is on the DNC list.

    Attributes:
        phone_number (str): Phone number checked.
        do_not_call (bool): true when the number is on the DNC list.
        expired_at (None | str | Unset): Expiry of the DNC entry, in the form "2023-08-05 22:02:36.362009 +0000" (named
            expired_at here, expires_at in the add operation); null allowed for an entry without expiry (not shown in the
            documentation).
    """

    phone_number: str
    do_not_call: bool
    expired_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        do_not_call = self.do_not_call

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "do_not_call": do_not_call,
            }
        )
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        do_not_call = d.pop("do_not_call")

        def _parse_expired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        dnc_check_result = cls(
            phone_number=phone_number,
            do_not_call=do_not_call,
            expired_at=expired_at,
        )

        dnc_check_result.additional_properties = d
        return dnc_check_result

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
