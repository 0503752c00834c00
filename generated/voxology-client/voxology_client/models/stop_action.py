from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stop_action_params import StopActionParams


T = TypeVar("T", bound="StopAction")


@_attrs_define
class StopAction:
    """Stops actions running on the call, like playing audio.

    Attributes:
        type_ (Literal['STOP']): The action type.
        params (StopActionParams | Unset): The parameters of the action.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["STOP"]
    params: StopActionParams | Unset = UNSET
    name: str | Unset = UNSET
    comments: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        name = self.name

        comments = self.comments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if name is not UNSET:
            field_dict["name"] = name
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stop_action_params import StopActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["STOP"], d.pop("type"))
        if type_ != "STOP":
            raise ValueError(f"type must match const 'STOP', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: StopActionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = StopActionParams.from_dict(_params)

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        stop_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
        )

        return stop_action
