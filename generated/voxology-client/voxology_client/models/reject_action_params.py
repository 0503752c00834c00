from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.reject_action_params_reason import RejectActionParamsReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectActionParams")


@_attrs_define
class RejectActionParams:
    """The parameters of the action.

    Attributes:
        reason (RejectActionParamsReason | Unset): Why the call is rejected. Default: RejectActionParamsReason.BUSY.
    """

    reason: RejectActionParamsReason | Unset = RejectActionParamsReason.BUSY

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: RejectActionParamsReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = RejectActionParamsReason(_reason)

        reject_action_params = cls(
            reason=reason,
        )

        return reject_action_params
