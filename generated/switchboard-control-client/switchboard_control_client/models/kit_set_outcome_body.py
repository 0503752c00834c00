from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kit_outcome_name import KitOutcomeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="KitSetOutcomeBody")


@_attrs_define
class KitSetOutcomeBody:
    """
    Attributes:
        outcome (KitOutcomeName):
        sip_code (int | Unset): The SIP status the call failed with; required with `call_failed`.
        duration (int | Unset): Seconds of talk; default 30.
        answer_after_s (float | Unset): Seconds of ringing; default 2.
    """

    outcome: KitOutcomeName
    sip_code: int | Unset = UNSET
    duration: int | Unset = UNSET
    answer_after_s: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        sip_code = self.sip_code

        duration = self.duration

        answer_after_s = self.answer_after_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if sip_code is not UNSET:
            field_dict["sip_code"] = sip_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if answer_after_s is not UNSET:
            field_dict["answer_after_s"] = answer_after_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = KitOutcomeName(d.pop("outcome"))

        sip_code = d.pop("sip_code", UNSET)

        duration = d.pop("duration", UNSET)

        answer_after_s = d.pop("answer_after_s", UNSET)

        kit_set_outcome_body = cls(
            outcome=outcome,
            sip_code=sip_code,
            duration=duration,
            answer_after_s=answer_after_s,
        )

        kit_set_outcome_body.additional_properties = d
        return kit_set_outcome_body

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
