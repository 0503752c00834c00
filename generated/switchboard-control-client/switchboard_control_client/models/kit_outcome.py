from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kit_outcome_name import KitOutcomeName
from ..types import UNSET, Unset

T = TypeVar("T", bound="KitOutcome")


@_attrs_define
class KitOutcome:
    """
    Attributes:
        number (str):
        outcome (KitOutcomeName):
        duration (int):
        answer_after_s (float):
        sip_code (int | None | Unset):
    """

    number: str
    outcome: KitOutcomeName
    duration: int
    answer_after_s: float
    sip_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        outcome = self.outcome.value

        duration = self.duration

        answer_after_s = self.answer_after_s

        sip_code: int | None | Unset
        if isinstance(self.sip_code, Unset):
            sip_code = UNSET
        else:
            sip_code = self.sip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "outcome": outcome,
                "duration": duration,
                "answer_after_s": answer_after_s,
            }
        )
        if sip_code is not UNSET:
            field_dict["sip_code"] = sip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        outcome = KitOutcomeName(d.pop("outcome"))

        duration = d.pop("duration")

        answer_after_s = d.pop("answer_after_s")

        def _parse_sip_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sip_code = _parse_sip_code(d.pop("sip_code", UNSET))

        kit_outcome = cls(
            number=number,
            outcome=outcome,
            duration=duration,
            answer_after_s=answer_after_s,
            sip_code=sip_code,
        )

        kit_outcome.additional_properties = d
        return kit_outcome

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
