from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryAttemptsItem")


@_attrs_define
class DeliveryAttemptsItem:
    """
    Attributes:
        at (float | Unset):
        status (int | None | Unset):
        latency_ms (float | Unset):
        error (None | str | Unset):
        timed_out (bool | Unset):
        too_large (bool | Unset):
    """

    at: float | Unset = UNSET
    status: int | None | Unset = UNSET
    latency_ms: float | Unset = UNSET
    error: None | str | Unset = UNSET
    timed_out: bool | Unset = UNSET
    too_large: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        latency_ms = self.latency_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        timed_out = self.timed_out

        too_large = self.too_large

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if status is not UNSET:
            field_dict["status"] = status
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if error is not UNSET:
            field_dict["error"] = error
        if timed_out is not UNSET:
            field_dict["timed_out"] = timed_out
        if too_large is not UNSET:
            field_dict["too_large"] = too_large

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = d.pop("at", UNSET)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        latency_ms = d.pop("latency_ms", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        timed_out = d.pop("timed_out", UNSET)

        too_large = d.pop("too_large", UNSET)

        delivery_attempts_item = cls(
            at=at,
            status=status,
            latency_ms=latency_ms,
            error=error,
            timed_out=timed_out,
            too_large=too_large,
        )

        delivery_attempts_item.additional_properties = d
        return delivery_attempts_item

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
