from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.latency_type_1_distribution import LatencyType1Distribution
from ..types import UNSET, Unset

T = TypeVar("T", bound="LatencyType1")


@_attrs_define
class LatencyType1:
    """
    Attributes:
        distribution (LatencyType1Distribution):
        fixed_ms (float | Unset):
        min_ms (float | Unset):
        max_ms (float | Unset):
        median_ms (float | Unset):
        sigma (float | Unset):
    """

    distribution: LatencyType1Distribution
    fixed_ms: float | Unset = UNSET
    min_ms: float | Unset = UNSET
    max_ms: float | Unset = UNSET
    median_ms: float | Unset = UNSET
    sigma: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distribution = self.distribution.value

        fixed_ms = self.fixed_ms

        min_ms = self.min_ms

        max_ms = self.max_ms

        median_ms = self.median_ms

        sigma = self.sigma

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "distribution": distribution,
            }
        )
        if fixed_ms is not UNSET:
            field_dict["fixed_ms"] = fixed_ms
        if min_ms is not UNSET:
            field_dict["min_ms"] = min_ms
        if max_ms is not UNSET:
            field_dict["max_ms"] = max_ms
        if median_ms is not UNSET:
            field_dict["median_ms"] = median_ms
        if sigma is not UNSET:
            field_dict["sigma"] = sigma

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        distribution = LatencyType1Distribution(d.pop("distribution"))

        fixed_ms = d.pop("fixed_ms", UNSET)

        min_ms = d.pop("min_ms", UNSET)

        max_ms = d.pop("max_ms", UNSET)

        median_ms = d.pop("median_ms", UNSET)

        sigma = d.pop("sigma", UNSET)

        latency_type_1 = cls(
            distribution=distribution,
            fixed_ms=fixed_ms,
            min_ms=min_ms,
            max_ms=max_ms,
            median_ms=median_ms,
            sigma=sigma,
        )

        latency_type_1.additional_properties = d
        return latency_type_1

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
