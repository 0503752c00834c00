from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.talk_option_mnemonic import TalkOptionMnemonic
from ..models.talk_option_value import TalkOptionValue
from ..types import UNSET, Unset


@_attrs_define
class TalkOption:
    """TalkOption

    Attributes:
        button (str): The button that calls the talk option.
        mnemonic (TalkOptionMnemonic): finish_conversation - finish the conversation; tag_call - tag the call; record_talk - voice
            recorder (call recording); transfer_call - transfer; run_scenario - run a scenario; call_coach -
            call the coach; receive_fax - receive a fax; save_numa - save the caller ID (AON) to a group.
        name (str): Name of the talk option.
        button_value (TalkOptionValue | Unset):
    """

    button: str
    mnemonic: TalkOptionMnemonic
    name: str
    button_value: TalkOptionValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["button"] = self.button
        field_dict["mnemonic"] = self.mnemonic.value
        field_dict["name"] = self.name
        if not isinstance(self.button_value, Unset):
            field_dict["button_value"] = self.button_value.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        button = d.pop("button")

        _mnemonic = d.pop("mnemonic")
        mnemonic = TalkOptionMnemonic(_mnemonic)

        name = d.pop("name")

        _button_value = d.pop("button_value", UNSET)
        button_value: TalkOptionValue | Unset = (
            UNSET if isinstance(_button_value, Unset) else TalkOptionValue.from_dict(_button_value)
        )

        obj = cls(
            button=button,
            mnemonic=mnemonic,
            name=name,
            button_value=button_value,
        )
        obj.additional_properties = d
        return obj

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
