from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.limits import Limits
from ..models.metadata_api_version import MetadataApiVersion
from ..types import UNSET, Unset


@_attrs_define
class Metadata:
    """Meta parameters returned with a reply. api_version comes only when the version called is deprecated.

    Attributes:
        api_version (MetadataApiVersion | Unset):
        limits (Limits | Unset):
    """

    api_version: MetadataApiVersion | Unset = UNSET
    limits: Limits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.api_version, Unset):
            field_dict["api_version"] = self.api_version.to_dict()
        if not isinstance(self.limits, Unset):
            field_dict["limits"] = self.limits.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _api_version = d.pop("api_version", UNSET)
        api_version: MetadataApiVersion | Unset = (
            UNSET if isinstance(_api_version, Unset) else MetadataApiVersion.from_dict(_api_version)
        )

        _limits = d.pop("limits", UNSET)
        limits: Limits | Unset = UNSET if isinstance(_limits, Unset) else Limits.from_dict(_limits)

        obj = cls(
            api_version=api_version,
            limits=limits,
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
