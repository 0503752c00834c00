from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.say_action_params_gender import SayActionParamsGender
from ..models.say_action_params_language import SayActionParamsLanguage
from ..models.say_action_params_voice import SayActionParamsVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="SayActionParams")


@_attrs_define
class SayActionParams:
    """The parameters of the action.

    Attributes:
        text (str): The text to convert (string interpolation and template mapping allowed).
        stop_on_key (bool | Unset): Whether a key press stops the playback. Default: False.
        repeat (float | Unset): The number of times to play the speech. Default: 1.0.
        loop (float | Unset): Used by the documentation's examples in place of `repeat`; not in the parameter table.
        voice (SayActionParamsVoice | Unset): Kate and Kevin (native) or Watson (needs an IBM Watson account). Default:
            SayActionParamsVoice.KATE.
        language (SayActionParamsLanguage | Unset): english (Kate, Kevin); englishUS, englishGB, french, german,
            italian, japanese, portuguese, spanish (Watson). Default: SayActionParamsLanguage.ENGLISH.
        gender (SayActionParamsGender | Unset): The voice gender. Default: SayActionParamsGender.FEMALE.
    """

    text: str
    stop_on_key: bool | Unset = False
    repeat: float | Unset = 1.0
    loop: float | Unset = UNSET
    voice: SayActionParamsVoice | Unset = SayActionParamsVoice.KATE
    language: SayActionParamsLanguage | Unset = SayActionParamsLanguage.ENGLISH
    gender: SayActionParamsGender | Unset = SayActionParamsGender.FEMALE

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        stop_on_key = self.stop_on_key

        repeat = self.repeat

        loop = self.loop

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if stop_on_key is not UNSET:
            field_dict["stop_on_key"] = stop_on_key
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if loop is not UNSET:
            field_dict["loop"] = loop
        if voice is not UNSET:
            field_dict["voice"] = voice
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        stop_on_key = d.pop("stop_on_key", UNSET)

        repeat = d.pop("repeat", UNSET)

        loop = d.pop("loop", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: SayActionParamsVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = SayActionParamsVoice(_voice)

        _language = d.pop("language", UNSET)
        language: SayActionParamsLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = SayActionParamsLanguage(_language)

        _gender = d.pop("gender", UNSET)
        gender: SayActionParamsGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = SayActionParamsGender(_gender)

        say_action_params = cls(
            text=text,
            stop_on_key=stop_on_key,
            repeat=repeat,
            loop=loop,
            voice=voice,
            language=language,
            gender=gender,
        )

        return say_action_params
