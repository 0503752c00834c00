from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsActionParams")


@_attrs_define
class SmsActionParams:
    """The parameters of the action.

    Attributes:
        message (str): The text message to send.
        no (str | Unset): The number to send to. Default: caller_no.
        caller_id_no (str | Unset): The number to send from. Default: api_no.
    """

    message: str
    no: str | Unset = UNSET
    caller_id_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        no = self.no

        caller_id_no = self.caller_id_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if no is not UNSET:
            field_dict["no"] = no
        if caller_id_no is not UNSET:
            field_dict["caller_id_no"] = caller_id_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        no = d.pop("no", UNSET)

        caller_id_no = d.pop("caller_id_no", UNSET)

        sms_action_params = cls(
            message=message,
            no=no,
            caller_id_no=caller_id_no,
        )

        return sms_action_params
