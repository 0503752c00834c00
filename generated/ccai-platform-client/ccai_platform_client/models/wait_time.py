from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wait_time_menu_type import WaitTimeMenuType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitTime")


@_attrs_define
class WaitTime:
    """Current wait time of a menu (queue). chat / voice_call are present only for the channels the menu serves (or the
    channel filtered with channel_type).

        Attributes:
            menu_id (int): Menu ID.
            menu_type (WaitTimeMenuType): Menu type.
            materialized_path (str): Menu path as names, e.g. "Laptop".
            chat (int | Unset): Chat wait time (seconds, per the example title 'greater than 5 seconds'). Absent for menus
                without chat or when channel_type=voice_call.
            voice_call (int | Unset): Voice call wait time (seconds, per the example title 'greater than 5 seconds').
    """

    menu_id: int
    menu_type: WaitTimeMenuType
    materialized_path: str
    chat: int | Unset = UNSET
    voice_call: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        menu_id = self.menu_id

        menu_type = self.menu_type.value

        materialized_path = self.materialized_path

        chat = self.chat

        voice_call = self.voice_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "menu_id": menu_id,
                "menu_type": menu_type,
                "materialized_path": materialized_path,
            }
        )
        if chat is not UNSET:
            field_dict["chat"] = chat
        if voice_call is not UNSET:
            field_dict["voice_call"] = voice_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        menu_id = d.pop("menu_id")

        menu_type = WaitTimeMenuType(d.pop("menu_type"))

        materialized_path = d.pop("materialized_path")

        chat = d.pop("chat", UNSET)

        voice_call = d.pop("voice_call", UNSET)

        wait_time = cls(
            menu_id=menu_id,
            menu_type=menu_type,
            materialized_path=materialized_path,
            chat=chat,
            voice_call=voice_call,
        )

        wait_time.additional_properties = d
        return wait_time

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
