from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelAuthorizedAccountIPRequest")


@_attrs_define
class DelAuthorizedAccountIPRequest:
    """
    Attributes:
        allowed (bool | Unset): Whether to remove the network from the white list. Set false to remove the network from
            the black list. Omit the parameter to remove the network from all lists
        authorized_ip (str | Unset): The authorized IP4 or network to remove. Set to ‘all’ to remove all items
        contains_ip (str | Unset): Specify the parameter to remove the networks that contains the particular IP4. Can be
            used instead of authorized_ip
    """

    allowed: bool | Unset = UNSET
    authorized_ip: str | Unset = UNSET
    contains_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        authorized_ip = self.authorized_ip

        contains_ip = self.contains_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if authorized_ip is not UNSET:
            field_dict["authorized_ip"] = authorized_ip
        if contains_ip is not UNSET:
            field_dict["contains_ip"] = contains_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed", UNSET)

        authorized_ip = d.pop("authorized_ip", UNSET)

        contains_ip = d.pop("contains_ip", UNSET)

        del_authorized_account_ip_request = cls(
            allowed=allowed,
            authorized_ip=authorized_ip,
            contains_ip=contains_ip,
        )

        del_authorized_account_ip_request.additional_properties = d
        return del_authorized_account_ip_request

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
