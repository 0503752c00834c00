from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PauseActionParams")


@_attrs_define
class PauseActionParams:
    """The parameters of the action.

    Attributes:
        seconds (int | Unset): The number of seconds to pause. Default: 5.
    """

    seconds: int | Unset = 5

    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds", UNSET)

        pause_action_params = cls(
            seconds=seconds,
        )

        return pause_action_params
