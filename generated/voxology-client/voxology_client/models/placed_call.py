from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlacedCall")


@_attrs_define
class PlacedCall:
    """
    Attributes:
        id (str): The ID of the call.
        no (str): The phone number dialed.
        caller_id_no (str): The number appearing as the Caller ID.
    """

    id: str
    no: str
    caller_id_no: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        no = self.no

        caller_id_no = self.caller_id_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "no": no,
                "caller_id_no": caller_id_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        no = d.pop("no")

        caller_id_no = d.pop("caller_id_no")

        placed_call = cls(
            id=id,
            no=no,
            caller_id_no=caller_id_no,
        )

        placed_call.additional_properties = d
        return placed_call

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
