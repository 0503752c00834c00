from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DncContactType")


@_attrs_define
class DncContactType:
    """A DNC list entry (response shape not recorded; the emulator's).

    Attributes:
        id (int): Entry ID.
        list_id (int): DNC list ID.
        number (str): Blocked number.
        comment (None | str | Unset): Note.
        create_date (str | Unset): Added at.
    """

    id: int
    list_id: int
    number: str
    comment: None | str | Unset = UNSET
    create_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        list_id = self.list_id

        number = self.number

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        create_date = self.create_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "list_id": list_id,
                "number": number,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if create_date is not UNSET:
            field_dict["create_date"] = create_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        list_id = d.pop("list_id")

        number = d.pop("number")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        create_date = d.pop("create_date", UNSET)

        dnc_contact_type = cls(
            id=id,
            list_id=list_id,
            number=number,
            comment=comment,
            create_date=create_date,
        )

        dnc_contact_type.additional_properties = d
        return dnc_contact_type

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
