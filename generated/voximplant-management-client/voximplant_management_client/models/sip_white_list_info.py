from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SipWhiteListInfo")


@_attrs_define
class SipWhiteListInfo:
    """
    Attributes:
        sip_whitelist_id (int): The SIP white list item ID
        sip_whitelist_network (str): The network address in format A.B.C.D/L
        description (str | Unset): The network address description
    """

    sip_whitelist_id: int
    sip_whitelist_network: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_whitelist_id = self.sip_whitelist_id

        sip_whitelist_network = self.sip_whitelist_network

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_whitelist_id": sip_whitelist_id,
                "sip_whitelist_network": sip_whitelist_network,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_whitelist_id = d.pop("sip_whitelist_id")

        sip_whitelist_network = d.pop("sip_whitelist_network")

        description = d.pop("description", UNSET)

        sip_white_list_info = cls(
            sip_whitelist_id=sip_whitelist_id,
            sip_whitelist_network=sip_whitelist_network,
            description=description,
        )

        sip_white_list_info.additional_properties = d
        return sip_white_list_info

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
