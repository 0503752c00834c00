from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddSipRegistrationBody")


@_attrs_define
class VmAddSipRegistrationBody:
    """
    Attributes:
        sip_username (str):
        proxy (str):
        auth_user (str | Unset):
        outbound_proxy (str | Unset):
        is_persistent (bool | Unset):
    """

    sip_username: str
    proxy: str
    auth_user: str | Unset = UNSET
    outbound_proxy: str | Unset = UNSET
    is_persistent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_username = self.sip_username

        proxy = self.proxy

        auth_user = self.auth_user

        outbound_proxy = self.outbound_proxy

        is_persistent = self.is_persistent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_username": sip_username,
                "proxy": proxy,
            }
        )
        if auth_user is not UNSET:
            field_dict["auth_user"] = auth_user
        if outbound_proxy is not UNSET:
            field_dict["outbound_proxy"] = outbound_proxy
        if is_persistent is not UNSET:
            field_dict["is_persistent"] = is_persistent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_username = d.pop("sip_username")

        proxy = d.pop("proxy")

        auth_user = d.pop("auth_user", UNSET)

        outbound_proxy = d.pop("outbound_proxy", UNSET)

        is_persistent = d.pop("is_persistent", UNSET)

        vm_add_sip_registration_body = cls(
            sip_username=sip_username,
            proxy=proxy,
            auth_user=auth_user,
            outbound_proxy=outbound_proxy,
            is_persistent=is_persistent,
        )

        vm_add_sip_registration_body.additional_properties = d
        return vm_add_sip_registration_body

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
