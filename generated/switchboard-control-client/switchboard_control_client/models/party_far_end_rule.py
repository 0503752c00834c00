from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.far_end_outcome import FarEndOutcome

if TYPE_CHECKING:
    from ..models.far_end_rule_details import FarEndRuleDetails
    from ..models.far_end_rule_dtmf_item import FarEndRuleDtmfItem


T = TypeVar("T", bound="PartyFarEndRule")


@_attrs_define
class PartyFarEndRule:
    """
    Attributes:
        outcome (FarEndOutcome): `machine` answers too (voicemail).
        answer_after_s (float):
        talk_s (float | None):
        dtmf (list[FarEndRuleDtmfItem]):
        details (FarEndRuleDetails):
        party (str): The party as stored (a number by its digits).
    """

    outcome: FarEndOutcome
    answer_after_s: float
    talk_s: float | None
    dtmf: list[FarEndRuleDtmfItem]
    details: FarEndRuleDetails
    party: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        answer_after_s = self.answer_after_s

        talk_s: float | None
        talk_s = self.talk_s

        dtmf = []
        for dtmf_item_data in self.dtmf:
            dtmf_item = dtmf_item_data.to_dict()
            dtmf.append(dtmf_item)

        details = self.details.to_dict()

        party = self.party

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "answer_after_s": answer_after_s,
                "talk_s": talk_s,
                "dtmf": dtmf,
                "details": details,
                "party": party,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.far_end_rule_details import FarEndRuleDetails  # noqa: PLC0415
        from ..models.far_end_rule_dtmf_item import FarEndRuleDtmfItem  # noqa: PLC0415

        d = dict(src_dict)
        outcome = FarEndOutcome(d.pop("outcome"))

        answer_after_s = d.pop("answer_after_s")

        def _parse_talk_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        talk_s = _parse_talk_s(d.pop("talk_s"))

        dtmf = []
        _dtmf = d.pop("dtmf")
        for dtmf_item_data in _dtmf:
            dtmf_item = FarEndRuleDtmfItem.from_dict(dtmf_item_data)

            dtmf.append(dtmf_item)

        details = FarEndRuleDetails.from_dict(d.pop("details"))

        party = d.pop("party")

        party_far_end_rule = cls(
            outcome=outcome,
            answer_after_s=answer_after_s,
            talk_s=talk_s,
            dtmf=dtmf,
            details=details,
            party=party,
        )

        party_far_end_rule.additional_properties = d
        return party_far_end_rule

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
