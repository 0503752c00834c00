from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_inbound_failover_source_type_1 import TrunkInboundFailoverSourceType1
from ..models.trunk_inbound_failover_source_type_2_type_1 import TrunkInboundFailoverSourceType2Type1
from ..models.trunk_inbound_failover_source_type_3_type_1 import TrunkInboundFailoverSourceType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrunkInboundFailover")


@_attrs_define
class TrunkInboundFailover:
    """
    Attributes:
        source (None | TrunkInboundFailoverSourceType1 | TrunkInboundFailoverSourceType2Type1 |
            TrunkInboundFailoverSourceType3Type1 | Unset): trunk_id, phone_number, sip_uri or api.
        value (None | str | Unset): The failover destination for the source.
    """

    source: (
        None
        | TrunkInboundFailoverSourceType1
        | TrunkInboundFailoverSourceType2Type1
        | TrunkInboundFailoverSourceType3Type1
        | Unset
    ) = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, TrunkInboundFailoverSourceType1):
            source = self.source.value
        elif isinstance(self.source, TrunkInboundFailoverSourceType2Type1):
            source = self.source.value
        elif isinstance(self.source, TrunkInboundFailoverSourceType3Type1):
            source = self.source.value
        else:
            source = self.source

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> (
            None
            | TrunkInboundFailoverSourceType1
            | TrunkInboundFailoverSourceType2Type1
            | TrunkInboundFailoverSourceType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = TrunkInboundFailoverSourceType1(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_2_type_1 = TrunkInboundFailoverSourceType2Type1(data)

                return source_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_3_type_1 = TrunkInboundFailoverSourceType3Type1(data)

                return source_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TrunkInboundFailoverSourceType1
                | TrunkInboundFailoverSourceType2Type1
                | TrunkInboundFailoverSourceType3Type1
                | Unset,
                data,
            )

        source = _parse_source(d.pop("source", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        trunk_inbound_failover = cls(
            source=source,
            value=value,
        )

        trunk_inbound_failover.additional_properties = d
        return trunk_inbound_failover

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
