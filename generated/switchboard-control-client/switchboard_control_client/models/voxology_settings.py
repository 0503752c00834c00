from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.voxology_settings_answer import VoxologySettingsAnswer
from ..models.voxology_settings_answered_by import VoxologySettingsAnsweredBy
from ..models.voxology_settings_message_outcome import VoxologySettingsMessageOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoxologySettings")


@_attrs_define
class VoxologySettings:
    """Unknown settings are refused.

    Attributes:
        answer (VoxologySettingsAnswer | Unset):
        answered_by (VoxologySettingsAnsweredBy | Unset):
        message_outcome (VoxologySettingsMessageOutcome | Unset):
        max_live_calls (int | Unset):
    """

    answer: VoxologySettingsAnswer | Unset = UNSET
    answered_by: VoxologySettingsAnsweredBy | Unset = UNSET
    message_outcome: VoxologySettingsMessageOutcome | Unset = UNSET
    max_live_calls: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        answer: str | Unset = UNSET
        if not isinstance(self.answer, Unset):
            answer = self.answer.value

        answered_by: str | Unset = UNSET
        if not isinstance(self.answered_by, Unset):
            answered_by = self.answered_by.value

        message_outcome: str | Unset = UNSET
        if not isinstance(self.message_outcome, Unset):
            message_outcome = self.message_outcome.value

        max_live_calls = self.max_live_calls

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answered_by is not UNSET:
            field_dict["answered_by"] = answered_by
        if message_outcome is not UNSET:
            field_dict["message_outcome"] = message_outcome
        if max_live_calls is not UNSET:
            field_dict["max_live_calls"] = max_live_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _answer = d.pop("answer", UNSET)
        answer: VoxologySettingsAnswer | Unset
        if isinstance(_answer, Unset):
            answer = UNSET
        else:
            answer = VoxologySettingsAnswer(_answer)

        _answered_by = d.pop("answered_by", UNSET)
        answered_by: VoxologySettingsAnsweredBy | Unset
        if isinstance(_answered_by, Unset):
            answered_by = UNSET
        else:
            answered_by = VoxologySettingsAnsweredBy(_answered_by)

        _message_outcome = d.pop("message_outcome", UNSET)
        message_outcome: VoxologySettingsMessageOutcome | Unset
        if isinstance(_message_outcome, Unset):
            message_outcome = UNSET
        else:
            message_outcome = VoxologySettingsMessageOutcome(_message_outcome)

        max_live_calls = d.pop("max_live_calls", UNSET)

        voxology_settings = cls(
            answer=answer,
            answered_by=answered_by,
            message_outcome=message_outcome,
            max_live_calls=max_live_calls,
        )

        return voxology_settings
