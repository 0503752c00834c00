from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_action_params import PlayActionParams


T = TypeVar("T", bound="PlayAction")


@_attrs_define
class PlayAction:
    """Plays an audio file (MP3 or WAV) or out-of-band DTMF tones.

    Either `url` or `dtmf` is required. The documentation shows both examples as bare actions.

        Attributes:
            type_ (Literal['PLAY']): The action type.
            params (PlayActionParams): The parameters of the action.
            name (str | Unset): A name to give the action (COLLECT names key the collected digits in callbacks; RECORD and
                RECORDMESSAGE names key the recordings).
            comments (str | Unset): Optional comments to document the action.
    """

    type_: Literal["PLAY"]
    params: PlayActionParams
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
        from ..models.play_action_params import PlayActionParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["PLAY"], d.pop("type"))
        if type_ != "PLAY":
            raise ValueError(f"type must match const 'PLAY', got '{type_}'")

        params = PlayActionParams.from_dict(d.pop("params"))

        name = d.pop("name", UNSET)

        comments = d.pop("comments", UNSET)

        play_action = cls(
            type_=type_,
            params=params,
            name=name,
            comments=comments,
        )

        return play_action
