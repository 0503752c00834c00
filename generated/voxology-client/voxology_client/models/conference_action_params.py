from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.conference_action_params_announce_on_join_type_1 import ConferenceActionParamsAnnounceOnJoinType1
from ..models.conference_action_params_announce_on_join_type_2_type_1 import (
    ConferenceActionParamsAnnounceOnJoinType2Type1,
)
from ..models.conference_action_params_announce_on_join_type_3_type_1 import (
    ConferenceActionParamsAnnounceOnJoinType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceActionParams")


@_attrs_define
class ConferenceActionParams:
    """The parameters of the action.

    Attributes:
        name (str): A unique name to identify the conference; callers with the same name share it. Accepts alpha-
            numeric, underscores, and dashes (string interpolation allowed).
        hold_audio (str | Unset): The url of the audio file to play when a participant is on hold (MP3 or WAV).
        auto_hold (bool | Unset): If true, hold music plays while only one call is in the room. Default: False.
        join_muted (bool | Unset): Whether the participant joins muted. Default: False.
        max_participants (float | Unset): Join attempts beyond this number of participants are blocked (see
            `on_enter_error_max_participants`). Default: Infinity.
        announce_on_join (ConferenceActionParamsAnnounceOnJoinType1 | ConferenceActionParamsAnnounceOnJoinType2Type1 |
            ConferenceActionParamsAnnounceOnJoinType3Type1 | None | Unset): `beep` plays a beep when a participant joins and
            leaves.
        mute_on_key (str | Unset): Which key combination lets the caller mute himself. Accepts `#`, `0`-`9`, `*`, or
            `off` to disable this feature. Default: 'off'.
        unmute_on_key (str | Unset): Which key combination lets the caller unmute himself. Accepts `#`, `0`-`9`, `*`, or
            `off` to disable this feature. Default: 'off'.
        exit_on_key (str | Unset): Which key combination lets the caller exit the conference. Accepts `#`, `0`-`9`, `*`,
            or `off` to disable this feature. Default: 'off'.
        hold_on_join (bool | Unset): Participants enter on hold until one joins with start_on_join. Default: False.
        start_on_join (bool | Unset): The conference starts and removes everybody from hold. Default: True.
        end_on_exit (bool | Unset): The conference ends when this participant leaves; the others resume their call
            flows. Default: False.
        hold_on_exit (bool | Unset): When this participant leaves, all others are put on hold. Default: False.
        send_dtmf (bool | Unset): Pass this participant's digits into the conference. Default: False.
        receive_dtmf (bool | Unset): Receive digits passed in by participants with send_dtmf. Default: False.
    """

    name: str
    hold_audio: str | Unset = UNSET
    auto_hold: bool | Unset = False
    join_muted: bool | Unset = False
    max_participants: float | Unset = UNSET
    announce_on_join: (
        ConferenceActionParamsAnnounceOnJoinType1
        | ConferenceActionParamsAnnounceOnJoinType2Type1
        | ConferenceActionParamsAnnounceOnJoinType3Type1
        | None
        | Unset
    ) = UNSET
    mute_on_key: str | Unset = "off"
    unmute_on_key: str | Unset = "off"
    exit_on_key: str | Unset = "off"
    hold_on_join: bool | Unset = False
    start_on_join: bool | Unset = True
    end_on_exit: bool | Unset = False
    hold_on_exit: bool | Unset = False
    send_dtmf: bool | Unset = False
    receive_dtmf: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hold_audio = self.hold_audio

        auto_hold = self.auto_hold

        join_muted = self.join_muted

        max_participants = self.max_participants

        announce_on_join: None | str | Unset
        if isinstance(self.announce_on_join, Unset):
            announce_on_join = UNSET
        elif isinstance(self.announce_on_join, ConferenceActionParamsAnnounceOnJoinType1):
            announce_on_join = self.announce_on_join.value
        elif isinstance(self.announce_on_join, ConferenceActionParamsAnnounceOnJoinType2Type1):
            announce_on_join = self.announce_on_join.value
        elif isinstance(self.announce_on_join, ConferenceActionParamsAnnounceOnJoinType3Type1):
            announce_on_join = self.announce_on_join.value
        else:
            announce_on_join = self.announce_on_join

        mute_on_key = self.mute_on_key

        unmute_on_key = self.unmute_on_key

        exit_on_key = self.exit_on_key

        hold_on_join = self.hold_on_join

        start_on_join = self.start_on_join

        end_on_exit = self.end_on_exit

        hold_on_exit = self.hold_on_exit

        send_dtmf = self.send_dtmf

        receive_dtmf = self.receive_dtmf

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if hold_audio is not UNSET:
            field_dict["hold_audio"] = hold_audio
        if auto_hold is not UNSET:
            field_dict["auto_hold"] = auto_hold
        if join_muted is not UNSET:
            field_dict["join_muted"] = join_muted
        if max_participants is not UNSET:
            field_dict["max_participants"] = max_participants
        if announce_on_join is not UNSET:
            field_dict["announce_on_join"] = announce_on_join
        if mute_on_key is not UNSET:
            field_dict["mute_on_key"] = mute_on_key
        if unmute_on_key is not UNSET:
            field_dict["unmute_on_key"] = unmute_on_key
        if exit_on_key is not UNSET:
            field_dict["exit_on_key"] = exit_on_key
        if hold_on_join is not UNSET:
            field_dict["hold_on_join"] = hold_on_join
        if start_on_join is not UNSET:
            field_dict["start_on_join"] = start_on_join
        if end_on_exit is not UNSET:
            field_dict["end_on_exit"] = end_on_exit
        if hold_on_exit is not UNSET:
            field_dict["hold_on_exit"] = hold_on_exit
        if send_dtmf is not UNSET:
            field_dict["send_dtmf"] = send_dtmf
        if receive_dtmf is not UNSET:
            field_dict["receive_dtmf"] = receive_dtmf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        hold_audio = d.pop("hold_audio", UNSET)

        auto_hold = d.pop("auto_hold", UNSET)

        join_muted = d.pop("join_muted", UNSET)

        max_participants = d.pop("max_participants", UNSET)

        def _parse_announce_on_join(
            data: object,
        ) -> (
            ConferenceActionParamsAnnounceOnJoinType1
            | ConferenceActionParamsAnnounceOnJoinType2Type1
            | ConferenceActionParamsAnnounceOnJoinType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announce_on_join_type_1 = ConferenceActionParamsAnnounceOnJoinType1(data)

                return announce_on_join_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announce_on_join_type_2_type_1 = ConferenceActionParamsAnnounceOnJoinType2Type1(data)

                return announce_on_join_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announce_on_join_type_3_type_1 = ConferenceActionParamsAnnounceOnJoinType3Type1(data)

                return announce_on_join_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ConferenceActionParamsAnnounceOnJoinType1
                | ConferenceActionParamsAnnounceOnJoinType2Type1
                | ConferenceActionParamsAnnounceOnJoinType3Type1
                | None
                | Unset,
                data,
            )

        announce_on_join = _parse_announce_on_join(d.pop("announce_on_join", UNSET))

        mute_on_key = d.pop("mute_on_key", UNSET)

        unmute_on_key = d.pop("unmute_on_key", UNSET)

        exit_on_key = d.pop("exit_on_key", UNSET)

        hold_on_join = d.pop("hold_on_join", UNSET)

        start_on_join = d.pop("start_on_join", UNSET)

        end_on_exit = d.pop("end_on_exit", UNSET)

        hold_on_exit = d.pop("hold_on_exit", UNSET)

        send_dtmf = d.pop("send_dtmf", UNSET)

        receive_dtmf = d.pop("receive_dtmf", UNSET)

        conference_action_params = cls(
            name=name,
            hold_audio=hold_audio,
            auto_hold=auto_hold,
            join_muted=join_muted,
            max_participants=max_participants,
            announce_on_join=announce_on_join,
            mute_on_key=mute_on_key,
            unmute_on_key=unmute_on_key,
            exit_on_key=exit_on_key,
            hold_on_join=hold_on_join,
            start_on_join=start_on_join,
            end_on_exit=end_on_exit,
            hold_on_exit=hold_on_exit,
            send_dtmf=send_dtmf,
            receive_dtmf=receive_dtmf,
        )

        return conference_action_params
