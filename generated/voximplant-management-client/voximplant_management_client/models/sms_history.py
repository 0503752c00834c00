from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_history_direction import SmsHistoryDirection, check_sms_history_direction
from ..models.sms_history_status_id import SmsHistoryStatusId, check_sms_history_status_id
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsHistory")


@_attrs_define
class SmsHistory:
    """
    Attributes:
        cost (float): Cost of the message
        destination_number (int): Number being called to
        direction (SmsHistoryDirection): Incoming or outgoing message
        fragments (int): Number of fragments the initial message is divided into
        message_id (int): Message ID
        processed_date (str): Date of message processing. The format is yyyy-MM-dd HH:mm:ss
        source_number (int): Number being called from
        status_id (SmsHistoryStatusId): Status of the message. The possible values are: 1 — Success, 2 — Error, 3 —
            Waiting
        error_message (str | Unset): Error message (if any)
        text (str | Unset): Stored message text
        transaction_id (int | Unset): Id of the transaction for this message
    """

    cost: float
    destination_number: int
    direction: SmsHistoryDirection
    fragments: int
    message_id: int
    processed_date: str
    source_number: int
    status_id: SmsHistoryStatusId
    error_message: str | Unset = UNSET
    text: str | Unset = UNSET
    transaction_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        destination_number = self.destination_number

        direction: str = self.direction

        fragments = self.fragments

        message_id = self.message_id

        processed_date = self.processed_date

        source_number = self.source_number

        status_id: str = self.status_id

        error_message = self.error_message

        text = self.text

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "destination_number": destination_number,
                "direction": direction,
                "fragments": fragments,
                "message_id": message_id,
                "processed_date": processed_date,
                "source_number": source_number,
                "status_id": status_id,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if text is not UNSET:
            field_dict["text"] = text
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        destination_number = d.pop("destination_number")

        direction = check_sms_history_direction(d.pop("direction"))

        fragments = d.pop("fragments")

        message_id = d.pop("message_id")

        processed_date = d.pop("processed_date")

        source_number = d.pop("source_number")

        status_id = check_sms_history_status_id(d.pop("status_id"))

        error_message = d.pop("error_message", UNSET)

        text = d.pop("text", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        sms_history = cls(
            cost=cost,
            destination_number=destination_number,
            direction=direction,
            fragments=fragments,
            message_id=message_id,
            processed_date=processed_date,
            source_number=source_number,
            status_id=status_id,
            error_message=error_message,
            text=text,
            transaction_id=transaction_id,
        )

        sms_history.additional_properties = d
        return sms_history

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
