from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceJoinRequest")


@_attrs_define
class ConferenceJoinRequest:
    """
    Attributes:
        conference_name (str): The name of the conference (scoped to the application).
        message (list[str] | str | Unset): One or more strings of TTS text, audio URLs and/or DTMF (`dtmf://1234`).
        mute_on_key (str | Unset): Default "1".
        unmute_on_key (str | Unset): Default "2".
        exit_on_key (str | Unset): Default "#".
        max_participants (float | Unset): The maximum number of participants.
        hold_audio (str | Unset): The audio played to participants on hold.
    """

    conference_name: str
    message: list[str] | str | Unset = UNSET
    mute_on_key: str | Unset = UNSET
    unmute_on_key: str | Unset = UNSET
    exit_on_key: str | Unset = UNSET
    max_participants: float | Unset = UNSET
    hold_audio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conference_name = self.conference_name

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

        max_participants = self.max_participants

        hold_audio = self.hold_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_name": conference_name,
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
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if hold_audio is not UNSET:
            field_dict["hold_audio"] = hold_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conference_name = d.pop("conference_name")

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

        max_participants = d.pop("max_participants", UNSET)

        hold_audio = d.pop("hold_audio", UNSET)

        conference_join_request = cls(
            conference_name=conference_name,
            message=message,
            mute_on_key=mute_on_key,
            unmute_on_key=unmute_on_key,
            exit_on_key=exit_on_key,
            max_participants=max_participants,
            hold_audio=hold_audio,
        )

        conference_join_request.additional_properties = d
        return conference_join_request

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
