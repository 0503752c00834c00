from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetPstnBlackListItemRequest")


@_attrs_define
class SetPstnBlackListItemRequest:
    """
    Attributes:
        pstn_blacklist_id (int): The PSTN black list item ID
        pstn_blacklist_phone (str): The new phone number in format e164
    """

    pstn_blacklist_id: int
    pstn_blacklist_phone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pstn_blacklist_id = self.pstn_blacklist_id

        pstn_blacklist_phone = self.pstn_blacklist_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pstn_blacklist_id": pstn_blacklist_id,
                "pstn_blacklist_phone": pstn_blacklist_phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pstn_blacklist_id = d.pop("pstn_blacklist_id")

        pstn_blacklist_phone = d.pop("pstn_blacklist_phone")

        set_pstn_black_list_item_request = cls(
            pstn_blacklist_id=pstn_blacklist_id,
            pstn_blacklist_phone=pstn_blacklist_phone,
        )

        set_pstn_black_list_item_request.additional_properties = d
        return set_pstn_black_list_item_request

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
