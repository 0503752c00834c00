from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACDAfterServiceOperatorState")


@_attrs_define
class ACDAfterServiceOperatorState:
    """
    Attributes:
        user_display_name (str): The display user name of the operator
        user_id (int): The user ID of the operator
        user_name (str): The user name of the operator
        status (str | Unset): The operator status string
    """

    user_display_name: str
    user_id: int
    user_name: str
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_display_name": user_display_name,
                "user_id": user_id,
                "user_name": user_name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_display_name = d.pop("user_display_name")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        status = d.pop("status", UNSET)

        acd_after_service_operator_state = cls(
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
            status=status,
        )

        acd_after_service_operator_state.additional_properties = d
        return acd_after_service_operator_state

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
