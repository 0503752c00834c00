from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class MetadataApiVersion:
    """MetadataApiVersion

    Attributes:
        current_version_depricated (bool | Unset): The version called may become unavailable within 2 months (sic).
        current_version (str | Unset):
        latest_version (str | Unset):
    """

    current_version_depricated: bool | Unset = UNSET
    current_version: str | Unset = UNSET
    latest_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.current_version_depricated, Unset):
            field_dict["current_version_depricated"] = self.current_version_depricated
        if not isinstance(self.current_version, Unset):
            field_dict["current_version"] = self.current_version
        if not isinstance(self.latest_version, Unset):
            field_dict["latest_version"] = self.latest_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_version_depricated = d.pop("current_version_depricated", UNSET)
        current_version_depricated: bool | Unset = (
            UNSET if isinstance(_current_version_depricated, Unset) else _current_version_depricated
        )

        _current_version = d.pop("current_version", UNSET)
        current_version: str | Unset = UNSET if isinstance(_current_version, Unset) else _current_version

        _latest_version = d.pop("latest_version", UNSET)
        latest_version: str | Unset = UNSET if isinstance(_latest_version, Unset) else _latest_version

        obj = cls(
            current_version_depricated=current_version_depricated,
            current_version=current_version,
            latest_version=latest_version,
        )
        obj.additional_properties = d
        return obj

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
