from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.record_action_params_action import RecordActionParamsAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordActionParams")


@_attrs_define
class RecordActionParams:
    """The parameters of the action.

    Attributes:
        action (RecordActionParamsAction | Unset): The recording action. Default: RecordActionParamsAction.START.
        group (str | Unset): A name to query recordings by. Default: caller_no.
    """

    action: RecordActionParamsAction | Unset = RecordActionParamsAction.START
    group: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        group = self.group

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: RecordActionParamsAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = RecordActionParamsAction(_action)

        group = d.pop("group", UNSET)

        record_action_params = cls(
            action=action,
            group=group,
        )

        return record_action_params
