from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reject_action_params import RejectActionParams


T = TypeVar("T", bound="RejectAction")


@_attrs_define
class RejectAction:
    """Does not answer the call: a busy signal or a not-in-service message.

    Attributes:
        type_ (Literal['REJECT']): The action type.
        params (RejectActionParams | Unset): The parameters of the action.
        name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
            RECORDMESSAGE names key the recordings).
        comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["REJECT"]
    params: RejectActionParams | Unset = UNSET
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
        from ..models.reject_action_params import RejectActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["REJECT"], d.pop("type"))
        if type_ != "REJECT":
            raise ValueError(f"type must match const 'REJECT', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: RejectActionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = RejectActionParams.from_dict(_params)

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        reject_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
        )

        return reject_action
