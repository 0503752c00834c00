from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallgearHangUpCallBody")


@_attrs_define
class CallgearHangUpCallBody:
    """
    Attributes:
        leg_id (int | None | Unset): A live leg of the session; without it, every party (answer) or the contact (hang
            up).
    """

    leg_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leg_id: int | None | Unset
        if isinstance(self.leg_id, Unset):
            leg_id = UNSET
        else:
            leg_id = self.leg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leg_id is not UNSET:
            field_dict["leg_id"] = leg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_leg_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        leg_id = _parse_leg_id(d.pop("leg_id", UNSET))

        callgear_hang_up_call_body = cls(
            leg_id=leg_id,
        )

        callgear_hang_up_call_body.additional_properties = d
        return callgear_hang_up_call_body

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
