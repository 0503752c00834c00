from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelCallerIDRequest")


@_attrs_define
class DelCallerIDRequest:
    """
    Attributes:
        callerid_id (int | Unset): ID of the callerID object
        callerid_number (str | Unset): The callerID number that can be used instead of callerid_id
    """

    callerid_id: int | Unset = UNSET
    callerid_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callerid_id = self.callerid_id

        callerid_number = self.callerid_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callerid_id is not UNSET:
            field_dict["callerid_id"] = callerid_id
        if callerid_number is not UNSET:
            field_dict["callerid_number"] = callerid_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callerid_id = d.pop("callerid_id", UNSET)

        callerid_number = d.pop("callerid_number", UNSET)

        del_caller_id_request = cls(
            callerid_id=callerid_id,
            callerid_number=callerid_number,
        )

        del_caller_id_request.additional_properties = d
        return del_caller_id_request

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
