from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteDncContactForm")


@_attrs_define
class DeleteDncContactForm:
    """deleteDncContact parameters.

    Attributes:
        id (int | Unset): DNC entry id (one third-party code variant). (seen in third-party code (boostra-test))
        list_id (int | Unset): DNC list id (other third-party code variant, with number). (seen in third-party code
            (boostra-test))
        number (str | Unset): Phone number (other third-party code variant). (seen in third-party code (boostra-test))
    """

    id: int | Unset = UNSET
    list_id: int | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        list_id = self.list_id

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        list_id = d.pop("list_id", UNSET)

        number = d.pop("number", UNSET)

        delete_dnc_contact_form = cls(
            id=id,
            list_id=list_id,
            number=number,
        )

        delete_dnc_contact_form.additional_properties = d
        return delete_dnc_contact_form

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
