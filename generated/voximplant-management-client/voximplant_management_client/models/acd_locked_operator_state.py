from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acd_locked_operator_state_status import (
    ACDLockedOperatorStateStatus,
    check_acd_locked_operator_state_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_lock import ACDLock
    from ..models.acd_operator_call import ACDOperatorCall


T = TypeVar("T", bound="ACDLockedOperatorState")


@_attrs_define
class ACDLockedOperatorState:
    """
    Attributes:
        user_display_name (str): The display user name of the operator
        user_id (int): The user ID of the operator
        user_name (str): The user name of the operator
        acd_calls (list[ACDOperatorCall] | Unset): The ACD operator calls
        locks (list[ACDLock] | Unset): The operator locks
        status (ACDLockedOperatorStateStatus | Unset): The operator status string. ‘BANNED’ string indicates temporarily
            banned operators. The following values are possible: READY, BANNED
        unreached (str | Unset): The UTC time when the operator becomes unavailable in 24-h format: YYYY-MM-DD HH:mm:ss
    """

    user_display_name: str
    user_id: int
    user_name: str
    acd_calls: list[ACDOperatorCall] | Unset = UNSET
    locks: list[ACDLock] | Unset = UNSET
    status: ACDLockedOperatorStateStatus | Unset = UNSET
    unreached: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        acd_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acd_calls, Unset):
            acd_calls = []
            for acd_calls_item_data in self.acd_calls:
                acd_calls_item = acd_calls_item_data.to_dict()
                acd_calls.append(acd_calls_item)

        locks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locks, Unset):
            locks = []
            for locks_item_data in self.locks:
                locks_item = locks_item_data.to_dict()
                locks.append(locks_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        unreached = self.unreached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_display_name": user_display_name,
                "user_id": user_id,
                "user_name": user_name,
            }
        )
        if acd_calls is not UNSET:
            field_dict["acd_calls"] = acd_calls
        if locks is not UNSET:
            field_dict["locks"] = locks
        if status is not UNSET:
            field_dict["status"] = status
        if unreached is not UNSET:
            field_dict["unreached"] = unreached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_lock import ACDLock  # noqa: PLC0415
        from ..models.acd_operator_call import ACDOperatorCall  # noqa: PLC0415

        d = dict(src_dict)
        user_display_name = d.pop("user_display_name")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        _acd_calls = d.pop("acd_calls", UNSET)
        acd_calls: list[ACDOperatorCall] | Unset = UNSET
        if _acd_calls is not UNSET:
            acd_calls = []
            for acd_calls_item_data in _acd_calls:
                acd_calls_item = ACDOperatorCall.from_dict(acd_calls_item_data)

                acd_calls.append(acd_calls_item)

        _locks = d.pop("locks", UNSET)
        locks: list[ACDLock] | Unset = UNSET
        if _locks is not UNSET:
            locks = []
            for locks_item_data in _locks:
                locks_item = ACDLock.from_dict(locks_item_data)

                locks.append(locks_item)

        _status = d.pop("status", UNSET)
        status: ACDLockedOperatorStateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_acd_locked_operator_state_status(_status)

        unreached = d.pop("unreached", UNSET)

        acd_locked_operator_state = cls(
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
            acd_calls=acd_calls,
            locks=locks,
            status=status,
            unreached=unreached,
        )

        acd_locked_operator_state.additional_properties = d
        return acd_locked_operator_state

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
