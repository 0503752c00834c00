from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class EmployeeTarget:
    """The employee who takes the call.

    Attributes:
        id (int): Unique employee ID (REST API - Receiving employee information).
        phone_number (str | Unset): The employee's number to dial (a SIP number, an extension or an E.164 number); it must be active
            and belong to the employee. Without it all of the employee's active numbers are dialed in turn.
    """

    id: int
    phone_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        _phone_number = d.pop("phone_number", UNSET)
        phone_number: str | Unset = UNSET if isinstance(_phone_number, Unset) else _phone_number

        obj = cls(
            id=id,
            phone_number=phone_number,
        )
        return obj
