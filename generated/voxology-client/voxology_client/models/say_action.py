from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.say_action_params import SayActionParams


T = TypeVar("T", bound="SayAction")


@_attrs_define
class SayAction:
    """Converts text to speech.

    Attributes:
        type_ (Literal['SAY']): The action type.
        params (SayActionParams): The parameters of the action.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["SAY"]
    params: SayActionParams
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
        from ..models.say_action_params import SayActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["SAY"], d.pop("type"))
        if type_ != "SAY":
            raise ValueError(f"type must match const 'SAY', got '{type_}'")

        params = SayActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        say_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
        )

        return say_action
