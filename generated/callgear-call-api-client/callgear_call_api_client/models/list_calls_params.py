from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.list_calls_direction import ListCallsDirection
from ..types import UNSET, Unset


@_attrs_define
class ListCallsParams:
    """Parameters of list.calls.

    Attributes:
        direction (ListCallsDirection | Unset): Show only incoming (in) or outgoing (out) sessions; all without it.
        virtual_phone_number (str | Unset): Show only the active calls of this virtual number. The number should begin with a 7.
    """

    direction: ListCallsDirection | Unset = UNSET
    virtual_phone_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.direction, Unset):
            field_dict["direction"] = self.direction.value
        if not isinstance(self.virtual_phone_number, Unset):
            field_dict["virtual_phone_number"] = self.virtual_phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _direction = d.pop("direction", UNSET)
        direction: ListCallsDirection | Unset = (
            UNSET if isinstance(_direction, Unset) else ListCallsDirection(_direction)
        )

        _virtual_phone_number = d.pop("virtual_phone_number", UNSET)
        virtual_phone_number: str | Unset = UNSET if isinstance(_virtual_phone_number, Unset) else _virtual_phone_number

        obj = cls(
            direction=direction,
            virtual_phone_number=virtual_phone_number,
        )
        return obj
