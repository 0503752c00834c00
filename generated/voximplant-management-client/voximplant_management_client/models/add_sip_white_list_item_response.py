from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddSipWhiteListItemResponse")


@_attrs_define
class AddSipWhiteListItemResponse:
    """
    Attributes:
        result (int): Returns 1 if the request has been completed successfully
        sip_whitelist_id (int): The SIP white list item ID
    """

    result: int
    sip_whitelist_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        sip_whitelist_id = self.sip_whitelist_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "sip_whitelist_id": sip_whitelist_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")

        sip_whitelist_id = d.pop("sip_whitelist_id")

        add_sip_white_list_item_response = cls(
            result=result,
            sip_whitelist_id=sip_whitelist_id,
        )

        add_sip_white_list_item_response.additional_properties = d
        return add_sip_white_list_item_response

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
