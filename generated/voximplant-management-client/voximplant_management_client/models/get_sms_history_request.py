from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_sms_history_request_direction import (
    GetSmsHistoryRequestDirection,
    check_get_sms_history_request_direction,
)
from ..models.get_sms_history_request_output import GetSmsHistoryRequestOutput, check_get_sms_history_request_output
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsHistoryRequest")


@_attrs_define
class GetSmsHistoryRequest:
    """
    Attributes:
        count (int | Unset): Maximum number of resulting rows fetched. Must be not bigger than 1000. If left blank, then
            the default value of 1000 is used
        destination_number (str | Unset): The destination phone number
        direction (GetSmsHistoryRequestDirection | Unset): Sent or received SMS. Possible values: ‘IN’, ‘OUT’, ‘in,
            ‘out’. Leave blank to get both incoming and outgoing messages
        from_date (str | Unset): Date from which to perform search. Format is ‘yyyy-MM-dd HH:mm:ss’, time zone is UTC
        offset (int | Unset): The first N records are skipped in the output
        output (GetSmsHistoryRequestOutput | Unset): The output format. The following values available: json, csv, xls.
            The default value is json
        source_number (str | Unset): The source phone number
        timezone (str | Unset):
        to_date (str | Unset): Date until which to perform search. Format is ‘yyyy-MM-dd HH:mm:ss’, time zone is UTC
    """

    count: int | Unset = UNSET
    destination_number: str | Unset = UNSET
    direction: GetSmsHistoryRequestDirection | Unset = UNSET
    from_date: str | Unset = UNSET
    offset: int | Unset = UNSET
    output: GetSmsHistoryRequestOutput | Unset = UNSET
    source_number: str | Unset = UNSET
    timezone: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        destination_number = self.destination_number

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        from_date = self.from_date

        offset = self.offset

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        source_number = self.source_number

        timezone = self.timezone

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if offset is not UNSET:
            field_dict["offset"] = offset
        if output is not UNSET:
            field_dict["output"] = output
        if source_number is not UNSET:
            field_dict["source_number"] = source_number
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        destination_number = d.pop("destination_number", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: GetSmsHistoryRequestDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_get_sms_history_request_direction(_direction)

        from_date = d.pop("from_date", UNSET)

        offset = d.pop("offset", UNSET)

        _output = d.pop("output", UNSET)
        output: GetSmsHistoryRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_get_sms_history_request_output(_output)

        source_number = d.pop("source_number", UNSET)

        timezone = d.pop("timezone", UNSET)

        to_date = d.pop("to_date", UNSET)

        get_sms_history_request = cls(
            count=count,
            destination_number=destination_number,
            direction=direction,
            from_date=from_date,
            offset=offset,
            output=output,
            source_number=source_number,
            timezone=timezone,
            to_date=to_date,
        )

        get_sms_history_request.additional_properties = d
        return get_sms_history_request

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
