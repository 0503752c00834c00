from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ACDReadyOperatorState")


@_attrs_define
class ACDReadyOperatorState:
    """
    Attributes:
        idle_duration (int): The idle duration in seconds. The minimum of the duration after the last hangup and the
            duration after the operator status changing to READY
        user_display_name (str): The display user name of the operator
        user_id (int): The user ID of the operator
        user_name (str): The user name of the operator
    """

    idle_duration: int
    user_display_name: str
    user_id: int
    user_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idle_duration = self.idle_duration

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idle_duration": idle_duration,
                "user_display_name": user_display_name,
                "user_id": user_id,
                "user_name": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idle_duration = d.pop("idle_duration")

        user_display_name = d.pop("user_display_name")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        acd_ready_operator_state = cls(
            idle_duration=idle_duration,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
        )

        acd_ready_operator_state.additional_properties = d
        return acd_ready_operator_state

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
