from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelAction")


@_attrs_define
class LabelAction:
    """The target of a GOTO.

    Attributes:
        type_ (Literal['LABEL']): The action type.
        name (str): The name of the label used by GOTO: alphanumeric, dashes and underscores.
        comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["LABEL"]
    name: str
    comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["LABEL"], d.pop("type"))
        if type_ != "LABEL":
            raise ValueError(f"type must match const 'LABEL', got '{type_}'")

        name = d.pop("name")

        comments = d.pop("comments", UNSET)

        label_action = cls(
            type_=type_,
            name=name,
            comments=comments,
        )

        return label_action
