from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.a2p_get_sms_history_request_delivery_status import (
    A2PGetSmsHistoryRequestDeliveryStatus,
    check_a2p_get_sms_history_request_delivery_status,
)
from ..models.a2p_get_sms_history_request_output import (
    A2PGetSmsHistoryRequestOutput,
    check_a2p_get_sms_history_request_output,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="A2PGetSmsHistoryRequest")


@_attrs_define
class A2PGetSmsHistoryRequest:
    """
    Attributes:
        count (int | Unset): Maximum number of resulting rows fetched. Must be not bigger than 1000. If left blank, then
            the default value of 1000 is used
        delivery_status (A2PGetSmsHistoryRequestDeliveryStatus | Unset): The delivery status ID: QUEUED - 1, DISPATCHED
            - 2, ABORTED - 3, REJECTED - 4, DELIVERED - 5, FAILED - 6, EXPIRED - 7, UNKNOWN - 8
        destination_number (str | Unset): The destination phone number
        from_date (str | Unset): Date from which the search is to start. Format is ‘yyyy-MM-dd HH:mm:ss’, time zone is
            UTC
        offset (int | Unset): The first N records are skipped in the output
        output (A2PGetSmsHistoryRequestOutput | Unset): The output format. The following values available: json, csv,
            xls. The default value is json
        source_number (str | Unset): The source phone number
        to_date (str | Unset): Date from which the search is to end. Format is ‘yyyy-MM-dd HH:mm:ss’, time zone is UTC
    """

    count: int | Unset = UNSET
    delivery_status: A2PGetSmsHistoryRequestDeliveryStatus | Unset = UNSET
    destination_number: str | Unset = UNSET
    from_date: str | Unset = UNSET
    offset: int | Unset = UNSET
    output: A2PGetSmsHistoryRequestOutput | Unset = UNSET
    source_number: str | Unset = UNSET
    to_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        delivery_status: int | Unset = UNSET
        if not isinstance(self.delivery_status, Unset):
            delivery_status = self.delivery_status

        destination_number = self.destination_number

        from_date = self.from_date

        offset = self.offset

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        source_number = self.source_number

        to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if offset is not UNSET:
            field_dict["offset"] = offset
        if output is not UNSET:
            field_dict["output"] = output
        if source_number is not UNSET:
            field_dict["source_number"] = source_number
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _delivery_status = d.pop("delivery_status", UNSET)
        delivery_status: A2PGetSmsHistoryRequestDeliveryStatus | Unset
        if isinstance(_delivery_status, Unset):
            delivery_status = UNSET
        else:
            delivery_status = check_a2p_get_sms_history_request_delivery_status(_delivery_status)

        destination_number = d.pop("destination_number", UNSET)

        from_date = d.pop("from_date", UNSET)

        offset = d.pop("offset", UNSET)

        _output = d.pop("output", UNSET)
        output: A2PGetSmsHistoryRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_a2p_get_sms_history_request_output(_output)

        source_number = d.pop("source_number", UNSET)

        to_date = d.pop("to_date", UNSET)

        a2p_get_sms_history_request = cls(
            count=count,
            delivery_status=delivery_status,
            destination_number=destination_number,
            from_date=from_date,
            offset=offset,
            output=output,
            source_number=source_number,
            to_date=to_date,
        )

        a2p_get_sms_history_request.additional_properties = d
        return a2p_get_sms_history_request

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
