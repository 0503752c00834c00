from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kit_outcome_name import KitOutcomeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="KitInjectedCall")


@_attrs_define
class KitInjectedCall:
    """`sip_code` and `duration` describe the outcome, so they come with one.

    Attributes:
        phone (str): The customer's number.
        outcome (KitOutcomeName | Unset):
        sip_code (int | Unset): The SIP status the call failed with; required with `call_failed`.
        duration (int | Unset):
        user_id (int | Unset): The agent; default 2.
        queue_id (int | Unset): Default 1.
    """

    phone: str
    outcome: KitOutcomeName | Unset = UNSET
    sip_code: int | Unset = UNSET
    duration: int | Unset = UNSET
    user_id: int | Unset = UNSET
    queue_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        sip_code = self.sip_code

        duration = self.duration

        user_id = self.user_id

        queue_id = self.queue_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if sip_code is not UNSET:
            field_dict["sip_code"] = sip_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        _outcome = d.pop("outcome", UNSET)
        outcome: KitOutcomeName | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = KitOutcomeName(_outcome)

        sip_code = d.pop("sip_code", UNSET)

        duration = d.pop("duration", UNSET)

        user_id = d.pop("user_id", UNSET)

        queue_id = d.pop("queue_id", UNSET)

        kit_injected_call = cls(
            phone=phone,
            outcome=outcome,
            sip_code=sip_code,
            duration=duration,
            user_id=user_id,
            queue_id=queue_id,
        )

        kit_injected_call.additional_properties = d
        return kit_injected_call

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
