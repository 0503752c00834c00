from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KitAddCallerIdBody")


@_attrs_define
class KitAddCallerIdBody:
    """
    Attributes:
        callerid_number (int | str): A phone number; its digits count.
        active (bool | Unset):
        verified_until (str | Unset):
    """

    callerid_number: int | str
    active: bool | Unset = UNSET
    verified_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callerid_number: int | str
        callerid_number = self.callerid_number

        active = self.active

        verified_until = self.verified_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callerid_number": callerid_number,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if verified_until is not UNSET:
            field_dict["verified_until"] = verified_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_callerid_number(data: object) -> int | str:
            return cast(int | str, data)

        callerid_number = _parse_callerid_number(d.pop("callerid_number"))

        active = d.pop("active", UNSET)

        verified_until = d.pop("verified_until", UNSET)

        kit_add_caller_id_body = cls(
            callerid_number=callerid_number,
            active=active,
            verified_until=verified_until,
        )

        kit_add_caller_id_body.additional_properties = d
        return kit_add_caller_id_body

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
