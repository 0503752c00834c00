from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.join_to_whisper_request_target_call import JoinToWhisperRequestTargetCall


T = TypeVar("T", bound="JoinToWhisperRequest")


@_attrs_define
class JoinToWhisperRequest:
    """
    Attributes:
        conference_name (str): The name of the conference (scoped to the application).
        target_call (JoinToWhisperRequestTargetCall):
        message (list[str] | str | Unset): One or more strings of TTS text, audio URLs and/or DTMF (`dtmf://1234`).
        mute_on_key (str | Unset):
        unmute_on_key (str | Unset):
        exit_on_key (str | Unset):
    """

    conference_name: str
    target_call: JoinToWhisperRequestTargetCall
    message: list[str] | str | Unset = UNSET
    mute_on_key: str | Unset = UNSET
    unmute_on_key: str | Unset = UNSET
    exit_on_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conference_name = self.conference_name

        target_call = self.target_call.to_dict()

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        mute_on_key = self.mute_on_key

        unmute_on_key = self.unmute_on_key

        exit_on_key = self.exit_on_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_name": conference_name,
                "target_call": target_call,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if mute_on_key is not UNSET:
            field_dict["mute_on_key"] = mute_on_key
        if unmute_on_key is not UNSET:
            field_dict["unmute_on_key"] = unmute_on_key
        if exit_on_key is not UNSET:
            field_dict["exit_on_key"] = exit_on_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.join_to_whisper_request_target_call import JoinToWhisperRequestTargetCall  # noqa: PLC0415

        d = dict(src_dict)
        conference_name = d.pop("conference_name")

        target_call = JoinToWhisperRequestTargetCall.from_dict(d.pop("target_call"))

        def _parse_message(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_audio_message_type_1 = cast(list[str], data)

                return componentsschemas_audio_message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        mute_on_key = d.pop("mute_on_key", UNSET)

        unmute_on_key = d.pop("unmute_on_key", UNSET)

        exit_on_key = d.pop("exit_on_key", UNSET)

        join_to_whisper_request = cls(
            conference_name=conference_name,
            target_call=target_call,
            message=message,
            mute_on_key=mute_on_key,
            unmute_on_key=unmute_on_key,
            exit_on_key=exit_on_key,
        )

        join_to_whisper_request.additional_properties = d
        return join_to_whisper_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
