from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayActionParams")


@_attrs_define
class PlayActionParams:
    """The parameters of the action.

    Attributes:
        url (str | Unset): The url of the audio file (string interpolation allowed).
        stop_on_key (bool | Unset): Whether a key press stops the playback. Default: False.
        dtmf (str | Unset): The DTMF tones to play: 0-9, #, *; a dash `-` extends the delay between tones.
        dtmf_delay (float | Unset): The delay between DTMF tones in milliseconds. Default: 250.0.
        dtmf_dash_delay (float | Unset): The delay of each dash in milliseconds. Default: 250.0.
        repeat (float | Unset): How many times to repeat the audio or DTMF. Default: 1.0.
    """

    url: str | Unset = UNSET
    stop_on_key: bool | Unset = False
    dtmf: str | Unset = UNSET
    dtmf_delay: float | Unset = 250.0
    dtmf_dash_delay: float | Unset = 250.0
    repeat: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        stop_on_key = self.stop_on_key

        dtmf = self.dtmf

        dtmf_delay = self.dtmf_delay

        dtmf_dash_delay = self.dtmf_dash_delay

        repeat = self.repeat

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if stop_on_key is not UNSET:
            field_dict["stop_on_key"] = stop_on_key
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if dtmf_delay is not UNSET:
            field_dict["dtmf_delay"] = dtmf_delay
        if dtmf_dash_delay is not UNSET:
            field_dict["dtmf_dash_delay"] = dtmf_dash_delay
        if repeat is not UNSET:
            field_dict["repeat"] = repeat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        stop_on_key = d.pop("stop_on_key", UNSET)

        dtmf = d.pop("dtmf", UNSET)

        dtmf_delay = d.pop("dtmf_delay", UNSET)

        dtmf_dash_delay = d.pop("dtmf_dash_delay", UNSET)

        repeat = d.pop("repeat", UNSET)

        play_action_params = cls(
            url=url,
            stop_on_key=stop_on_key,
            dtmf=dtmf,
            dtmf_delay=dtmf_delay,
            dtmf_dash_delay=dtmf_dash_delay,
            repeat=repeat,
        )

        return play_action_params
