from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trunk import Trunk


T = TypeVar("T", bound="TrunkList")


@_attrs_define
class TrunkList:
    """
    Attributes:
        trunks (list[Trunk]):
    """

    trunks: list[Trunk]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trunks = []
        for trunks_item_data in self.trunks:
            trunks_item = trunks_item_data.to_dict()
            trunks.append(trunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trunks": trunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk import Trunk  # noqa: PLC0415

        d = dict(src_dict)
        trunks = []
        _trunks = d.pop("trunks")
        for trunks_item_data in _trunks:
            trunks_item = Trunk.from_dict(trunks_item_data)

            trunks.append(trunks_item)

        trunk_list = cls(
            trunks=trunks,
        )

        trunk_list.additional_properties = d
        return trunk_list

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
