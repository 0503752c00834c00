from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuthorizedAccountIP")


@_attrs_define
class AuthorizedAccountIP:
    """
    Attributes:
        allowed (bool): Whether the IP is allowed (true - whitelist, false - blacklist)
        authorized_ip (str): The authorized IP4 or network
        created (str): The item creating UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
    """

    allowed: bool
    authorized_ip: str
    created: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed = self.allowed

        authorized_ip = self.authorized_ip

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "authorized_ip": authorized_ip,
                "created": created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed = d.pop("allowed")

        authorized_ip = d.pop("authorized_ip")

        created = d.pop("created")

        authorized_account_ip = cls(
            allowed=allowed,
            authorized_ip=authorized_ip,
            created=created,
        )

        authorized_account_ip.additional_properties = d
        return authorized_account_ip

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
