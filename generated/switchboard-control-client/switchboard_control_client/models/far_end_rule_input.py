from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.far_end_outcome import FarEndOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dtmf_step import DtmfStep
    from ..models.far_end_rule_input_details import FarEndRuleInputDetails


T = TypeVar("T", bound="FarEndRuleInput")


@_attrs_define
class FarEndRuleInput:
    """
    Attributes:
        outcome (FarEndOutcome | Unset): `machine` answers too (voicemail).
        answer_after_s (float | Unset): Seconds of ringing before it answers (or refuses); default 2.
        talk_s (float | None | Unset): Seconds it talks before hanging up; null talks until the other side ends.
        dtmf (list[DtmfStep] | Unset):
        details (FarEndRuleInputDetails | Unset): Vendor-specific details (e.g. a SIP code).
    """

    outcome: FarEndOutcome | Unset = UNSET
    answer_after_s: float | Unset = UNSET
    talk_s: float | None | Unset = UNSET
    dtmf: list[DtmfStep] | Unset = UNSET
    details: FarEndRuleInputDetails | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        answer_after_s = self.answer_after_s

        talk_s: float | None | Unset
        if isinstance(self.talk_s, Unset):
            talk_s = UNSET
        else:
            talk_s = self.talk_s

        dtmf: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dtmf, Unset):
            dtmf = []
            for dtmf_item_data in self.dtmf:
                dtmf_item = dtmf_item_data.to_dict()
                dtmf.append(dtmf_item)

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if answer_after_s is not UNSET:
            field_dict["answer_after_s"] = answer_after_s
        if talk_s is not UNSET:
            field_dict["talk_s"] = talk_s
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dtmf_step import DtmfStep  # noqa: PLC0415
        from ..models.far_end_rule_input_details import FarEndRuleInputDetails  # noqa: PLC0415

        d = dict(src_dict)
        _outcome = d.pop("outcome", UNSET)
        outcome: FarEndOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = FarEndOutcome(_outcome)

        answer_after_s = d.pop("answer_after_s", UNSET)

        def _parse_talk_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        talk_s = _parse_talk_s(d.pop("talk_s", UNSET))

        _dtmf = d.pop("dtmf", UNSET)
        dtmf: list[DtmfStep] | Unset = UNSET
        if _dtmf is not UNSET:
            dtmf = []
            for dtmf_item_data in _dtmf:
                dtmf_item = DtmfStep.from_dict(dtmf_item_data)

                dtmf.append(dtmf_item)

        _details = d.pop("details", UNSET)
        details: FarEndRuleInputDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = FarEndRuleInputDetails.from_dict(_details)

        far_end_rule_input = cls(
            outcome=outcome,
            answer_after_s=answer_after_s,
            talk_s=talk_s,
            dtmf=dtmf,
            details=details,
        )

        return far_end_rule_input
