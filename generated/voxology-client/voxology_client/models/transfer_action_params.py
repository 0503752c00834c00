from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_action_params_event import TransferActionParamsEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferActionParams")


@_attrs_define
class TransferActionParams:
    """The parameters of the action.

    Attributes:
        no (str | Unset): The phone number (E.164, e.g. +19495551212) or SIP destination (abc123@sip.mypbx.com) to call
            (string interpolation allowed).
        caller_id_no (str | Unset): The Caller ID. Default: the caller's number (caller_no).
        event (TransferActionParamsEvent | Unset): start connects the two calls; stop disconnects the transfer, hanging
            up the other call. Default: TransferActionParamsEvent.START.
        async_ (bool | Unset): Do not block: the call flow continues while transferred. Default: False.
    """

    no: str | Unset = UNSET
    caller_id_no: str | Unset = UNSET
    event: TransferActionParamsEvent | Unset = TransferActionParamsEvent.START
    async_: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        no = self.no

        caller_id_no = self.caller_id_no

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        async_ = self.async_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if no is not UNSET:
            field_dict["no"] = no
        if caller_id_no is not UNSET:
            field_dict["caller_id_no"] = caller_id_no
        if event is not UNSET:
            field_dict["event"] = event
        if async_ is not UNSET:
            field_dict["async"] = async_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no = d.pop("no", UNSET)

        caller_id_no = d.pop("caller_id_no", UNSET)

        _event = d.pop("event", UNSET)
        event: TransferActionParamsEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = TransferActionParamsEvent(_event)

        async_ = d.pop("async", UNSET)

        transfer_action_params = cls(
            no=no,
            caller_id_no=caller_id_no,
            event=event,
            async_=async_,
        )

        return transfer_action_params
