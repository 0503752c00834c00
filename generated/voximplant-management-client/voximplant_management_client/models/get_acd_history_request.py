from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_acd_history_request_output import GetACDHistoryRequestOutput, check_get_acd_history_request_output
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetACDHistoryRequest")


@_attrs_define
class GetACDHistoryRequest:
    """
    Attributes:
        acd_queue_id (str | Unset): The ACD queue IDs separated by semicolons (;)
        acd_request_id (str | Unset): The ACD request IDs separated by semicolons (;)
        acd_session_history_id (str | Unset): The ACD session history IDs separated by semicolons (;)
        callerid (str | Unset): Only the requests from this caller ID
        count (int | Unset): The maximum number of records to return
        custom_data (str | Unset): Only the requests whose custom data contains this text
        decimal_separator (str | Unset): The decimal separator of a CSV report
        desc_order (bool | Unset): Whether to return the newest first
        from_date (str | Unset): The start of the period (UTC, YYYY-MM-DD HH:mm:ss)
        min_waiting_time (int | Unset): Only the requests that waited at least this many seconds
        offset (int | Unset): The number of records to skip
        operator_hangup (bool | Unset): Only the requests the operator ended (true) or the caller ended (false)
        output (GetACDHistoryRequestOutput | Unset): The output format: json (the default)
        rejected (bool | Unset): Only the requests the queue rejected (true) or accepted (false)
        to_date (str | Unset): The end of the period (UTC, YYYY-MM-DD HH:mm:ss)
        unserviced (bool | Unset): Only the requests no operator serviced (true) or the serviced ones (false)
        user_id (str | Unset): The operator (user) IDs separated by semicolons (;)
        with_events (bool | Unset): Whether to return each request's events
        with_header (bool | Unset): Whether a CSV report has a header row
    """

    acd_queue_id: str | Unset = UNSET
    acd_request_id: str | Unset = UNSET
    acd_session_history_id: str | Unset = UNSET
    callerid: str | Unset = UNSET
    count: int | Unset = UNSET
    custom_data: str | Unset = UNSET
    decimal_separator: str | Unset = UNSET
    desc_order: bool | Unset = UNSET
    from_date: str | Unset = UNSET
    min_waiting_time: int | Unset = UNSET
    offset: int | Unset = UNSET
    operator_hangup: bool | Unset = UNSET
    output: GetACDHistoryRequestOutput | Unset = UNSET
    rejected: bool | Unset = UNSET
    to_date: str | Unset = UNSET
    unserviced: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    with_events: bool | Unset = UNSET
    with_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_request_id = self.acd_request_id

        acd_session_history_id = self.acd_session_history_id

        callerid = self.callerid

        count = self.count

        custom_data = self.custom_data

        decimal_separator = self.decimal_separator

        desc_order = self.desc_order

        from_date = self.from_date

        min_waiting_time = self.min_waiting_time

        offset = self.offset

        operator_hangup = self.operator_hangup

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        rejected = self.rejected

        to_date = self.to_date

        unserviced = self.unserviced

        user_id = self.user_id

        with_events = self.with_events

        with_header = self.with_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if acd_request_id is not UNSET:
            field_dict["acd_request_id"] = acd_request_id
        if acd_session_history_id is not UNSET:
            field_dict["acd_session_history_id"] = acd_session_history_id
        if callerid is not UNSET:
            field_dict["callerid"] = callerid
        if count is not UNSET:
            field_dict["count"] = count
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if decimal_separator is not UNSET:
            field_dict["decimal_separator"] = decimal_separator
        if desc_order is not UNSET:
            field_dict["desc_order"] = desc_order
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if min_waiting_time is not UNSET:
            field_dict["min_waiting_time"] = min_waiting_time
        if offset is not UNSET:
            field_dict["offset"] = offset
        if operator_hangup is not UNSET:
            field_dict["operator_hangup"] = operator_hangup
        if output is not UNSET:
            field_dict["output"] = output
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if unserviced is not UNSET:
            field_dict["unserviced"] = unserviced
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if with_events is not UNSET:
            field_dict["with_events"] = with_events
        if with_header is not UNSET:
            field_dict["with_header"] = with_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id", UNSET)

        acd_request_id = d.pop("acd_request_id", UNSET)

        acd_session_history_id = d.pop("acd_session_history_id", UNSET)

        callerid = d.pop("callerid", UNSET)

        count = d.pop("count", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        decimal_separator = d.pop("decimal_separator", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        from_date = d.pop("from_date", UNSET)

        min_waiting_time = d.pop("min_waiting_time", UNSET)

        offset = d.pop("offset", UNSET)

        operator_hangup = d.pop("operator_hangup", UNSET)

        _output = d.pop("output", UNSET)
        output: GetACDHistoryRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_get_acd_history_request_output(_output)

        rejected = d.pop("rejected", UNSET)

        to_date = d.pop("to_date", UNSET)

        unserviced = d.pop("unserviced", UNSET)

        user_id = d.pop("user_id", UNSET)

        with_events = d.pop("with_events", UNSET)

        with_header = d.pop("with_header", UNSET)

        get_acd_history_request = cls(
            acd_queue_id=acd_queue_id,
            acd_request_id=acd_request_id,
            acd_session_history_id=acd_session_history_id,
            callerid=callerid,
            count=count,
            custom_data=custom_data,
            decimal_separator=decimal_separator,
            desc_order=desc_order,
            from_date=from_date,
            min_waiting_time=min_waiting_time,
            offset=offset,
            operator_hangup=operator_hangup,
            output=output,
            rejected=rejected,
            to_date=to_date,
            unserviced=unserviced,
            user_id=user_id,
            with_events=with_events,
            with_header=with_header,
        )

        get_acd_history_request.additional_properties = d
        return get_acd_history_request

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
