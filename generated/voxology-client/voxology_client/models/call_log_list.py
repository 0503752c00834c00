from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_log import CallLog


T = TypeVar("T", bound="CallLogList")


@_attrs_define
class CallLogList:
    """
    Attributes:
        logs (list[CallLog]):
        begin_date (str): An ISO 8601 date/time.
        end_date (str): An ISO 8601 date/time.
        is_truncated (bool): More logs are available than were returned.
        next_block_uri (None | str | Unset): The URI of the next block when truncated.
    """

    logs: list[CallLog]
    begin_date: str
    end_date: str
    is_truncated: bool
    next_block_uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs = []
        for logs_item_data in self.logs:
            logs_item = logs_item_data.to_dict()
            logs.append(logs_item)

        begin_date = self.begin_date

        end_date = self.end_date

        is_truncated = self.is_truncated

        next_block_uri: None | str | Unset
        if isinstance(self.next_block_uri, Unset):
            next_block_uri = UNSET
        else:
            next_block_uri = self.next_block_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
                "begin_date": begin_date,
                "end_date": end_date,
                "is_truncated": is_truncated,
            }
        )
        if next_block_uri is not UNSET:
            field_dict["next_block_uri"] = next_block_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_log import CallLog  # noqa: PLC0415

        d = dict(src_dict)
        logs = []
        _logs = d.pop("logs")
        for logs_item_data in _logs:
            logs_item = CallLog.from_dict(logs_item_data)

            logs.append(logs_item)

        begin_date = d.pop("begin_date")

        end_date = d.pop("end_date")

        is_truncated = d.pop("is_truncated")

        def _parse_next_block_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_uri = _parse_next_block_uri(d.pop("next_block_uri", UNSET))

        call_log_list = cls(
            logs=logs,
            begin_date=begin_date,
            end_date=end_date,
            is_truncated=is_truncated,
            next_block_uri=next_block_uri,
        )

        call_log_list.additional_properties = d
        return call_log_list

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
