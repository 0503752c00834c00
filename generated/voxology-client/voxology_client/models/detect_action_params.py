from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectActionParams")


@_attrs_define
class DetectActionParams:
    """The parameters of the action.

    Attributes:
        trigger_live_in_ms (int | Unset): How long after connect to wait before running on_live_person. Default: 3000.
    """

    trigger_live_in_ms: int | Unset = 3000

    def to_dict(self) -> dict[str, Any]:
        trigger_live_in_ms = self.trigger_live_in_ms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if trigger_live_in_ms is not UNSET:
            field_dict["trigger_live_in_ms"] = trigger_live_in_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger_live_in_ms = d.pop("trigger_live_in_ms", UNSET)

        detect_action_params = cls(
            trigger_live_in_ms=trigger_live_in_ms,
        )

        return detect_action_params
