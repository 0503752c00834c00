from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_outbound_fax_support import TrunkOutboundFaxSupport
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_outbound_authentication_item import TrunkOutboundAuthenticationItem


T = TypeVar("T", bound="TrunkOutbound")


@_attrs_define
class TrunkOutbound:
    """
    Attributes:
        domain (None | str | Unset): The SIP domain to send requests to (alphanumeric and hyphens, ending
            trunk.voxolo.gy).
        authentication (list[TrunkOutboundAuthenticationItem] | Unset):
        override_early_media (None | str | Unset): to_country, from_country or an ISO Alpha-2 code (the examples say
            TO).
        fax_support (TrunkOutboundFaxSupport | Unset):
        max_post_dial_delay (int | Unset): Seconds, 7-30.
    """

    domain: None | str | Unset = UNSET
    authentication: list[TrunkOutboundAuthenticationItem] | Unset = UNSET
    override_early_media: None | str | Unset = UNSET
    fax_support: TrunkOutboundFaxSupport | Unset = UNSET
    max_post_dial_delay: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        authentication: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = []
            for authentication_item_data in self.authentication:
                authentication_item = authentication_item_data.to_dict()
                authentication.append(authentication_item)

        override_early_media: None | str | Unset
        if isinstance(self.override_early_media, Unset):
            override_early_media = UNSET
        else:
            override_early_media = self.override_early_media

        fax_support: str | Unset = UNSET
        if not isinstance(self.fax_support, Unset):
            fax_support = self.fax_support.value

        max_post_dial_delay = self.max_post_dial_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if override_early_media is not UNSET:
            field_dict["override_early_media"] = override_early_media
        if fax_support is not UNSET:
            field_dict["fax_support"] = fax_support
        if max_post_dial_delay is not UNSET:
            field_dict["max_post_dial_delay"] = max_post_dial_delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk_outbound_authentication_item import TrunkOutboundAuthenticationItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        _authentication = d.pop("authentication", UNSET)
        authentication: list[TrunkOutboundAuthenticationItem] | Unset = UNSET
        if _authentication is not UNSET:
            authentication = []
            for authentication_item_data in _authentication:
                authentication_item = TrunkOutboundAuthenticationItem.from_dict(authentication_item_data)

                authentication.append(authentication_item)

        def _parse_override_early_media(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_early_media = _parse_override_early_media(d.pop("override_early_media", UNSET))

        _fax_support = d.pop("fax_support", UNSET)
        fax_support: TrunkOutboundFaxSupport | Unset
        if isinstance(_fax_support, Unset):
            fax_support = UNSET
        else:
            fax_support = TrunkOutboundFaxSupport(_fax_support)

        max_post_dial_delay = d.pop("max_post_dial_delay", UNSET)

        trunk_outbound = cls(
            domain=domain,
            authentication=authentication,
            override_early_media=override_early_media,
            fax_support=fax_support,
            max_post_dial_delay=max_post_dial_delay,
        )

        trunk_outbound.additional_properties = d
        return trunk_outbound

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
