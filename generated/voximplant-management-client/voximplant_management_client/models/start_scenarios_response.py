from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StartScenariosResponse")


@_attrs_define
class StartScenariosResponse:
    """
    Attributes:
        call_session_history_id (int): The new call session's ID
        media_session_access_secure_url (str): The HTTPS URL controlling the running session
        media_session_access_url (str): The URL controlling the running session
        result (int): 1 on success
    """

    call_session_history_id: int
    media_session_access_secure_url: str
    media_session_access_url: str
    result: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_session_history_id = self.call_session_history_id

        media_session_access_secure_url = self.media_session_access_secure_url

        media_session_access_url = self.media_session_access_url

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_session_history_id": call_session_history_id,
                "media_session_access_secure_url": media_session_access_secure_url,
                "media_session_access_url": media_session_access_url,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_session_history_id = d.pop("call_session_history_id")

        media_session_access_secure_url = d.pop("media_session_access_secure_url")

        media_session_access_url = d.pop("media_session_access_url")

        result = d.pop("result")

        start_scenarios_response = cls(
            call_session_history_id=call_session_history_id,
            media_session_access_secure_url=media_session_access_secure_url,
            media_session_access_url=media_session_access_url,
            result=result,
        )

        start_scenarios_response.additional_properties = d
        return start_scenarios_response

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
