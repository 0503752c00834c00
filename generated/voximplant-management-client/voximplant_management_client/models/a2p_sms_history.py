from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.a2p_sms_history_delivery_status import A2PSmsHistoryDeliveryStatus, check_a2p_sms_history_delivery_status
from ..models.a2p_sms_history_status_id import A2PSmsHistoryStatusId, check_a2p_sms_history_status_id
from ..types import UNSET, Unset

T = TypeVar("T", bound="A2PSmsHistory")


@_attrs_define
class A2PSmsHistory:
    """
    Attributes:
        cost (float): The message cost
        delivery_status (A2PSmsHistoryDeliveryStatus): Delivery status: QUEUED, DISPATCHED, ABORTED, REJECTED,
            DELIVERED, FAILED, EXPIRED, UNKNOWN
        destination_number (int): SMS destination number
        fragments (int): Number of fragments the initial message is divided into
        message_id (int): Message ID
        processing_date (str): Date of message processing. The format is yyyy-MM-dd HH:mm:ss
        source_number (int): SMS source number
        status_id (A2PSmsHistoryStatusId): The message status. The possible values are: 1 — Success, 2 — Error, 3 —
            Waiting
        transaction_id (int): The transaction ID for this message
        error_message (str | Unset): Error message (if any)
        text (str | Unset): Stored message text
    """

    cost: float
    delivery_status: A2PSmsHistoryDeliveryStatus
    destination_number: int
    fragments: int
    message_id: int
    processing_date: str
    source_number: int
    status_id: A2PSmsHistoryStatusId
    transaction_id: int
    error_message: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        delivery_status: str = self.delivery_status

        destination_number = self.destination_number

        fragments = self.fragments

        message_id = self.message_id

        processing_date = self.processing_date

        source_number = self.source_number

        status_id: str = self.status_id

        transaction_id = self.transaction_id

        error_message = self.error_message

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "delivery_status": delivery_status,
                "destination_number": destination_number,
                "fragments": fragments,
                "message_id": message_id,
                "processing_date": processing_date,
                "source_number": source_number,
                "status_id": status_id,
                "transaction_id": transaction_id,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        delivery_status = check_a2p_sms_history_delivery_status(d.pop("delivery_status"))

        destination_number = d.pop("destination_number")

        fragments = d.pop("fragments")

        message_id = d.pop("message_id")

        processing_date = d.pop("processing_date")

        source_number = d.pop("source_number")

        status_id = check_a2p_sms_history_status_id(d.pop("status_id"))

        transaction_id = d.pop("transaction_id")

        error_message = d.pop("error_message", UNSET)

        text = d.pop("text", UNSET)

        a2p_sms_history = cls(
            cost=cost,
            delivery_status=delivery_status,
            destination_number=destination_number,
            fragments=fragments,
            message_id=message_id,
            processing_date=processing_date,
            source_number=source_number,
            status_id=status_id,
            transaction_id=transaction_id,
            error_message=error_message,
            text=text,
        )

        a2p_sms_history.additional_properties = d
        return a2p_sms_history

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
