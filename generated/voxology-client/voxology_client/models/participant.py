from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participant_call import ParticipantCall


T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """
    Attributes:
        id (str): The participant ID (not the call ID).
        call (ParticipantCall):
        muted (bool):
        on_hold (bool):
        start_on_join (bool | Unset):
        hold_on_join (bool | Unset):
        end_on_exit (bool | Unset):
        hold_on_exit (bool | Unset):
    """

    id: str
    call: ParticipantCall
    muted: bool
    on_hold: bool
    start_on_join: bool | Unset = UNSET
    hold_on_join: bool | Unset = UNSET
    end_on_exit: bool | Unset = UNSET
    hold_on_exit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call = self.call.to_dict()

        muted = self.muted

        on_hold = self.on_hold

        start_on_join = self.start_on_join

        hold_on_join = self.hold_on_join

        end_on_exit = self.end_on_exit

        hold_on_exit = self.hold_on_exit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call": call,
                "muted": muted,
                "on_hold": on_hold,
            }
        )
        if start_on_join is not UNSET:
            field_dict["start_on_join"] = start_on_join
        if hold_on_join is not UNSET:
            field_dict["hold_on_join"] = hold_on_join
        if end_on_exit is not UNSET:
            field_dict["end_on_exit"] = end_on_exit
        if hold_on_exit is not UNSET:
            field_dict["hold_on_exit"] = hold_on_exit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_call import ParticipantCall  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        call = ParticipantCall.from_dict(d.pop("call"))

        muted = d.pop("muted")

        on_hold = d.pop("on_hold")

        start_on_join = d.pop("start_on_join", UNSET)

        hold_on_join = d.pop("hold_on_join", UNSET)

        end_on_exit = d.pop("end_on_exit", UNSET)

        hold_on_exit = d.pop("hold_on_exit", UNSET)

        participant = cls(
            id=id,
            call=call,
            muted=muted,
            on_hold=on_hold,
            start_on_join=start_on_join,
            hold_on_join=hold_on_join,
            end_on_exit=end_on_exit,
            hold_on_exit=hold_on_exit,
        )

        participant.additional_properties = d
        return participant

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
