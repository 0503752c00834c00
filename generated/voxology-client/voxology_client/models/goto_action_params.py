from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GotoActionParams")


@_attrs_define
class GotoActionParams:
    """The parameters of the action.

    Attributes:
        label (str): The LABEL to jump to: alphanumeric characters, dashes, and underscores.
    """

    label: str

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        goto_action_params = cls(
            label=label,
        )

        return goto_action_params
