from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CcaiAddTicketBody")


@_attrs_define
class CcaiAddTicketBody:
    """
    Attributes:
        ticket_id (int | str):
        end_user_number (str):
        out_contact_id (None | str | Unset):
    """

    ticket_id: int | str
    end_user_number: str
    out_contact_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_id: int | str
        ticket_id = self.ticket_id

        end_user_number = self.end_user_number

        out_contact_id: None | str | Unset
        if isinstance(self.out_contact_id, Unset):
            out_contact_id = UNSET
        else:
            out_contact_id = self.out_contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_id": ticket_id,
                "end_user_number": end_user_number,
            }
        )
        if out_contact_id is not UNSET:
            field_dict["out_contact_id"] = out_contact_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ticket_id(data: object) -> int | str:
            return cast(int | str, data)

        ticket_id = _parse_ticket_id(d.pop("ticket_id"))

        end_user_number = d.pop("end_user_number")

        def _parse_out_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_contact_id = _parse_out_contact_id(d.pop("out_contact_id", UNSET))

        ccai_add_ticket_body = cls(
            ticket_id=ticket_id,
            end_user_number=end_user_number,
            out_contact_id=out_contact_id,
        )

        ccai_add_ticket_body.additional_properties = d
        return ccai_add_ticket_body

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
