from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyCallbackConfigGoogleAnalytics")


@_attrs_define
class LegacyCallbackConfigGoogleAnalytics:
    """
    Attributes:
        tracking_id (str | Unset):
        source (str | Unset):
    """

    tracking_id: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_id = self.tracking_id

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tracking_id = d.pop("tracking_id", UNSET)

        source = d.pop("source", UNSET)

        legacy_callback_config_google_analytics = cls(
            tracking_id=tracking_id,
            source=source,
        )

        legacy_callback_config_google_analytics.additional_properties = d
        return legacy_callback_config_google_analytics

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
