from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_inbound_failover import TrunkInboundFailover


T = TypeVar("T", bound="TrunkInbound")


@_attrs_define
class TrunkInbound:
    """
    Attributes:
        destination (str | Unset): DNS name or IP address for inbound SIP requests.
        failover (TrunkInboundFailover | Unset):
        phone_numbers_uri (str | Unset): The URI of the numbers on the trunk.
    """

    destination: str | Unset = UNSET
    failover: TrunkInboundFailover | Unset = UNSET
    phone_numbers_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        failover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failover, Unset):
            failover = self.failover.to_dict()

        phone_numbers_uri = self.phone_numbers_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if failover is not UNSET:
            field_dict["failover"] = failover
        if phone_numbers_uri is not UNSET:
            field_dict["phone_numbers_uri"] = phone_numbers_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk_inbound_failover import TrunkInboundFailover  # noqa: PLC0415

        d = dict(src_dict)
        destination = d.pop("destination", UNSET)

        _failover = d.pop("failover", UNSET)
        failover: TrunkInboundFailover | Unset
        if isinstance(_failover, Unset):
            failover = UNSET
        else:
            failover = TrunkInboundFailover.from_dict(_failover)

        phone_numbers_uri = d.pop("phone_numbers_uri", UNSET)

        trunk_inbound = cls(
            destination=destination,
            failover=failover,
            phone_numbers_uri=phone_numbers_uri,
        )

        trunk_inbound.additional_properties = d
        return trunk_inbound

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
