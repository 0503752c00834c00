from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddDncContactsForm")


@_attrs_define
class AddDncContactsForm:
    """addDncContacts parameters.

    Attributes:
        id (int): DNC list id. (seen in third-party code (boostra-test))
        contacts (str): Phone numbers to block. (seen in third-party code (boostra-test)) JSON text, e.g.
            `["12025550123"]`. Each is a phone number, so it holds at least one digit; an entry without any (an empty
            string) is refused.
        comment (str | Unset): Note stored with the entries. (seen in third-party code (boostra-test))
    """

    id: int
    contacts: str
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contacts = self.contacts

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contacts": contacts,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        contacts = d.pop("contacts")

        comment = d.pop("comment", UNSET)

        add_dnc_contacts_form = cls(
            id=id,
            contacts=contacts,
            comment=comment,
        )

        add_dnc_contacts_form.additional_properties = d
        return add_dnc_contacts_form

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
