from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goto_action_params import GotoActionParams


T = TypeVar("T", bound="GotoAction")


@_attrs_define
class GotoAction:
    """Jumps to a LABEL of the same callback response (the call fails when it does not exist).

    Attributes:
        type_ (Literal['GOTO']): The action type.
        params (GotoActionParams): The parameters of the action.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["GOTO"]
    params: GotoActionParams
    name: str | Unset = UNSET
    comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        name = self.name

        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goto_action_params import GotoActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["GOTO"], d.pop("type"))
        if type_ != "GOTO":
            raise ValueError(f"type must match const 'GOTO', got '{type_}'")

        params = GotoActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        goto_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
        )

        return goto_action
