from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call_session_info import CallSessionInfo


T = TypeVar("T", bound="GetCallHistoryResponse")


@_attrs_define
class GetCallHistoryResponse:
    """
    Attributes:
        count (int): The returned call session count
        result (list[CallSessionInfo]): The CallSessionInfoType records
        timezone (str): The used timezone
        total_count (int): The total found call session count
    """

    count: int
    result: list[CallSessionInfo]
    timezone: str
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        timezone = self.timezone

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "result": result,
                "timezone": timezone,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_session_info import CallSessionInfo  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = CallSessionInfo.from_dict(result_item_data)

            result.append(result_item)

        timezone = d.pop("timezone")

        total_count = d.pop("total_count")

        get_call_history_response = cls(
            count=count,
            result=result,
            timezone=timezone,
            total_count=total_count,
        )

        get_call_history_response.additional_properties = d
        return get_call_history_response

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
