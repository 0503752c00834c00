from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.record_message_action_params_action import RecordMessageActionParamsAction
from ..models.record_message_action_params_finish_on_key import RecordMessageActionParamsFinishOnKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordMessageActionParams")


@_attrs_define
class RecordMessageActionParams:
    """The parameters of the action.

    Attributes:
        action (RecordMessageActionParamsAction | Unset): The recording action. Default:
            RecordMessageActionParamsAction.START.
        finish_on_key (RecordMessageActionParamsFinishOnKey | Unset): The key that ends the recording. Default:
            RecordMessageActionParamsFinishOnKey.ANY.
        group (str | Unset): A name to query recordings by. Default: api_no.
        max_recording_time (float | Unset): The maximum length of the recording in seconds. Default: 30.0.
        timeout (float | Unset): Seconds of silence that stop the recording. Default: 5.0.
    """

    action: RecordMessageActionParamsAction | Unset = RecordMessageActionParamsAction.START
    finish_on_key: RecordMessageActionParamsFinishOnKey | Unset = RecordMessageActionParamsFinishOnKey.ANY
    group: str | Unset = UNSET
    max_recording_time: float | Unset = 30.0
    timeout: float | Unset = 5.0

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        finish_on_key: str | Unset = UNSET
        if not isinstance(self.finish_on_key, Unset):
            finish_on_key = self.finish_on_key.value

        group = self.group

        max_recording_time = self.max_recording_time

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if finish_on_key is not UNSET:
            field_dict["finish_on_key"] = finish_on_key
        if group is not UNSET:
            field_dict["group"] = group
        if max_recording_time is not UNSET:
            field_dict["max_recording_time"] = max_recording_time
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: RecordMessageActionParamsAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = RecordMessageActionParamsAction(_action)

        _finish_on_key = d.pop("finish_on_key", UNSET)
        finish_on_key: RecordMessageActionParamsFinishOnKey | Unset
        if isinstance(_finish_on_key, Unset):
            finish_on_key = UNSET
        else:
            finish_on_key = RecordMessageActionParamsFinishOnKey(_finish_on_key)

        group = d.pop("group", UNSET)

        max_recording_time = d.pop("max_recording_time", UNSET)

        timeout = d.pop("timeout", UNSET)

        record_message_action_params = cls(
            action=action,
            finish_on_key=finish_on_key,
            group=group,
            max_recording_time=max_recording_time,
            timeout=timeout,
        )

        return record_message_action_params
