from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calls_history_type import CallsHistoryType


T = TypeVar("T", bound="CallsHistoryV4ResponseType")


@_attrs_define
class CallsHistoryV4ResponseType:
    """history/searchCalls (v4) result: calls plus a continuation cursor.

    Attributes:
        success (bool): true for a successful request.
        result (list[CallsHistoryType]):
        cursor (None | str | Unset): Continuation cursor for the next page; null on the last page. The field name is the
            emulator's choice: the sources do not record it.
    """

    success: bool
    result: list[CallsHistoryType]
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "result": result,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calls_history_type import CallsHistoryType  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = CallsHistoryType.from_dict(result_item_data)

            result.append(result_item)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        calls_history_v4_response_type = cls(
            success=success,
            result=result,
            cursor=cursor,
        )

        calls_history_v4_response_type.additional_properties = d
        return calls_history_v4_response_type

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
