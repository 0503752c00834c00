from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkregulationAddressRequest")


@_attrs_define
class LinkregulationAddressRequest:
    """
    Attributes:
        regulation_address_id (int): The regulation address id
        phone_id (int | Unset): The phone number id
        phone_number (str | Unset): The phone number, instead of phone_id
    """

    regulation_address_id: int
    phone_id: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regulation_address_id = self.regulation_address_id

        phone_id = self.phone_id

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regulation_address_id": regulation_address_id,
            }
        )
        if phone_id is not UNSET:
            field_dict["phone_id"] = phone_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regulation_address_id = d.pop("regulation_address_id")

        phone_id = d.pop("phone_id", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        linkregulation_address_request = cls(
            regulation_address_id=regulation_address_id,
            phone_id=phone_id,
            phone_number=phone_number,
        )

        linkregulation_address_request.additional_properties = d
        return linkregulation_address_request

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
