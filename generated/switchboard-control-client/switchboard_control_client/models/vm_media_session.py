from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VmMediaSession")


@_attrs_define
class VmMediaSession:
    """
    Attributes:
        call_session_history_id (int):
        method (str):
        received (str):
    """

    call_session_history_id: int
    method: str
    received: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_session_history_id = self.call_session_history_id

        method = self.method

        received = self.received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_session_history_id": call_session_history_id,
                "method": method,
                "received": received,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_session_history_id = d.pop("call_session_history_id")

        method = d.pop("method")

        received = d.pop("received")

        vm_media_session = cls(
            call_session_history_id=call_session_history_id,
            method=method,
            received=received,
        )

        vm_media_session.additional_properties = d
        return vm_media_session

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
