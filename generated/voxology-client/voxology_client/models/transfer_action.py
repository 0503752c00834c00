from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_action_params import TransferActionParams


T = TypeVar("T", bound="TransferAction")


@_attrs_define
class TransferAction:
    """Transfers the caller to another phone number or SIP endpoint.

    `no` is required unless `event` is stop (the documented async example stops a transfer without it).

        Attributes:
            type_ (Literal['TRANSFER']): The action type.
            params (TransferActionParams): The parameters of the action.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["TRANSFER"]
    params: TransferActionParams
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
        from ..models.transfer_action_params import TransferActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["TRANSFER"], d.pop("type"))
        if type_ != "TRANSFER":
            raise ValueError(f"type must match const 'TRANSFER', got '{type_}'")

        params = TransferActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        transfer_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
        )

        return transfer_action
