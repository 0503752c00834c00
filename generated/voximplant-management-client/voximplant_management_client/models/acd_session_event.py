from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACDSessionEvent")


@_attrs_define
class ACDSessionEvent:
    """
    Attributes:
        time (str): When the event happened (UTC)
        acd_session_event_type (str): The event: NEW_REQUEST, SERVICE_STARTED, SERVICE_FINISHED, REJECTED, ...
        acd_queue_id (int | Unset): The queue
        user_id (int | Unset): The operator
    """

    time: str
    acd_session_event_type: str
    acd_queue_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        acd_session_event_type = self.acd_session_event_type

        acd_queue_id = self.acd_queue_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "acd_session_event_type": acd_session_event_type,
            }
        )
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        acd_session_event_type = d.pop("acd_session_event_type")

        acd_queue_id = d.pop("acd_queue_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        acd_session_event = cls(
            time=time,
            acd_session_event_type=acd_session_event_type,
            acd_queue_id=acd_queue_id,
            user_id=user_id,
        )

        acd_session_event.additional_properties = d
        return acd_session_event

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
