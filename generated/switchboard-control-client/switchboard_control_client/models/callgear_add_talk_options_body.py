from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callgear_add_talk_options_body_mnemonic import CallgearAddTalkOptionsBodyMnemonic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callgear_add_talk_options_body_button_value_type_0 import CallgearAddTalkOptionsBodyButtonValueType0


T = TypeVar("T", bound="CallgearAddTalkOptionsBody")


@_attrs_define
class CallgearAddTalkOptionsBody:
    """
    Attributes:
        button (str):
        mnemonic (CallgearAddTalkOptionsBodyMnemonic):
        name (str):
        button_value (CallgearAddTalkOptionsBodyButtonValueType0 | None | Unset):
    """

    button: str
    mnemonic: CallgearAddTalkOptionsBodyMnemonic
    name: str
    button_value: CallgearAddTalkOptionsBodyButtonValueType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callgear_add_talk_options_body_button_value_type_0 import (
            CallgearAddTalkOptionsBodyButtonValueType0,  # noqa: PLC0415
        )

        button = self.button

        mnemonic = self.mnemonic.value

        name = self.name

        button_value: dict[str, Any] | None | Unset
        if isinstance(self.button_value, Unset):
            button_value = UNSET
        elif isinstance(self.button_value, CallgearAddTalkOptionsBodyButtonValueType0):
            button_value = self.button_value.to_dict()
        else:
            button_value = self.button_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "button": button,
                "mnemonic": mnemonic,
                "name": name,
            }
        )
        if button_value is not UNSET:
            field_dict["button_value"] = button_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callgear_add_talk_options_body_button_value_type_0 import (
            CallgearAddTalkOptionsBodyButtonValueType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        button = d.pop("button")

        mnemonic = CallgearAddTalkOptionsBodyMnemonic(d.pop("mnemonic"))

        name = d.pop("name")

        def _parse_button_value(data: object) -> CallgearAddTalkOptionsBodyButtonValueType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                button_value_type_0 = CallgearAddTalkOptionsBodyButtonValueType0.from_dict(data)

                return button_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallgearAddTalkOptionsBodyButtonValueType0 | None | Unset, data)

        button_value = _parse_button_value(d.pop("button_value", UNSET))

        callgear_add_talk_options_body = cls(
            button=button,
            mnemonic=mnemonic,
            name=name,
            button_value=button_value,
        )

        callgear_add_talk_options_body.additional_properties = d
        return callgear_add_talk_options_body

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
