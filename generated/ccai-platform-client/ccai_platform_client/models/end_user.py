from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndUser")


@_attrs_define
class EndUser:
    """End user (consumer) of a call or chat.

    Attributes:
        id (int): End user ID.
        identifier (None | str): End user identifier; null in the examples.
        out_contact_id (None | str): CRM contact ID, e.g. "381630957514"; null in the SMS examples.
    """

    id: int
    identifier: None | str
    out_contact_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        identifier: None | str
        identifier = self.identifier

        out_contact_id: None | str
        out_contact_id = self.out_contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "identifier": identifier,
                "out_contact_id": out_contact_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identifier = _parse_identifier(d.pop("identifier"))

        def _parse_out_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        out_contact_id = _parse_out_contact_id(d.pop("out_contact_id"))

        end_user = cls(
            id=id,
            identifier=identifier,
            out_contact_id=out_contact_id,
        )

        end_user.additional_properties = d
        return end_user

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
