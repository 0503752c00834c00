from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchDncContactsForm")


@_attrs_define
class SearchDncContactsForm:
    """searchDncContacts parameters.

    Attributes:
        list_id (int | Unset): DNC list id. (seen in third-party code (boostra-test))
        number (str | Unset): Phone number. (seen in third-party code (boostra-test))
        id (int | Unset): DNC entry id. (seen in third-party code (boostra-test))
    """

    list_id: int | Unset = UNSET
    number: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        number = self.number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if number is not UNSET:
            field_dict["number"] = number
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        number = d.pop("number", UNSET)

        id = d.pop("id", UNSET)

        search_dnc_contacts_form = cls(
            list_id=list_id,
            number=number,
            id=id,
        )

        search_dnc_contacts_form.additional_properties = d
        return search_dnc_contacts_form

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
