from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopActionParams")


@_attrs_define
class StopActionParams:
    """The parameters of the action.

    Attributes:
        actions (str | Unset): A comma-separated list of actions. Accepts: AUDIO. Default: 'AUDIO'.
    """

    actions: str | Unset = "AUDIO"

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = d.pop("actions", UNSET)

        stop_action_params = cls(
            actions=actions,
        )

        return stop_action_params
