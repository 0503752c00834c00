from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAuthorizedAccountIPsRequest")


@_attrs_define
class GetAuthorizedAccountIPsRequest:
    """
    Attributes:
        allowed (bool | Unset): Whether the IP is allowed
        authorized_ip (str | Unset): The authorized IP4 or network to filter
        contains_ip (str | Unset): Specify the parameter to filter the networks that contains the particular IP4
        count (int | Unset): The max returning record count
        description (str | Unset): The IP address description
        offset (int | Unset): The first N records are skipped in the output
    """

    allowed: bool | Unset = UNSET
    authorized_ip: str | Unset = UNSET
    contains_ip: str | Unset = UNSET
    count: int | Unset = UNSET
    description: str | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        authorized_ip = self.authorized_ip

        contains_ip = self.contains_ip

        count = self.count

        description = self.description

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if authorized_ip is not UNSET:
            field_dict["authorized_ip"] = authorized_ip
        if contains_ip is not UNSET:
            field_dict["contains_ip"] = contains_ip
        if count is not UNSET:
            field_dict["count"] = count
        if description is not UNSET:
            field_dict["description"] = description
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed", UNSET)

        authorized_ip = d.pop("authorized_ip", UNSET)

        contains_ip = d.pop("contains_ip", UNSET)

        count = d.pop("count", UNSET)

        description = d.pop("description", UNSET)

        offset = d.pop("offset", UNSET)

        get_authorized_account_i_ps_request = cls(
            allowed=allowed,
            authorized_ip=authorized_ip,
            contains_ip=contains_ip,
            count=count,
            description=description,
            offset=offset,
        )

        get_authorized_account_i_ps_request.additional_properties = d
        return get_authorized_account_i_ps_request

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
