from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.collect_action_params_finish_on_key import CollectActionParamsFinishOnKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectActionParams")


@_attrs_define
class CollectActionParams:
    """The parameters of the action.

    Attributes:
        finish_on_key (CollectActionParamsFinishOnKey | Unset): The key to press to end the timeout when key presses are
            less than num_digits. Default: CollectActionParamsFinishOnKey.VALUE_12.
        num_digits (int | Unset): The maximum number of key presses to record before leaving the COLLECT action.
            Default: 1.
        timeout (int | Unset): How long in milliseconds to wait for the next key press. Default: 5000.
    """

    finish_on_key: CollectActionParamsFinishOnKey | Unset = CollectActionParamsFinishOnKey.VALUE_12
    num_digits: int | Unset = 1
    timeout: int | Unset = 5000

    def to_dict(self) -> dict[str, Any]:
        finish_on_key: str | Unset = UNSET
        if not isinstance(self.finish_on_key, Unset):
            finish_on_key = self.finish_on_key.value

        num_digits = self.num_digits

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if finish_on_key is not UNSET:
            field_dict["finish_on_key"] = finish_on_key
        if num_digits is not UNSET:
            field_dict["num_digits"] = num_digits
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _finish_on_key = d.pop("finish_on_key", UNSET)
        finish_on_key: CollectActionParamsFinishOnKey | Unset
        if isinstance(_finish_on_key, Unset):
            finish_on_key = UNSET
        else:
            finish_on_key = CollectActionParamsFinishOnKey(_finish_on_key)

        num_digits = d.pop("num_digits", UNSET)

        timeout = d.pop("timeout", UNSET)

        collect_action_params = cls(
            finish_on_key=finish_on_key,
            num_digits=num_digits,
            timeout=timeout,
        )

        return collect_action_params
