from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_request_chat_type import SmsRequestChatType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRequest")


@_attrs_define
class SmsRequest:
    """Outbound SMS request.

    Attributes:
        chat_type (SmsRequestChatType): Chat type to create. The table says "Messaging (API)", "SMS" (deprecated) are
            available for now; every example sends "Messaging (SMS)". All three are accepted.
        end_user_number (str): Number the text message is to be sent to.
        outbound_number (str): Outbound phone number to be used for sending the SMS message. Must be a US number ("Non-
            US phone number not allowed") managed by the tenant ("outbound_number is not found").
        message (str): SMS message to be sent to consumer. An empty string is rejected as missing ("message is
            required").
        ticket_id (str | Unset): CRM ticket ID that will be associated with session.
    """

    chat_type: SmsRequestChatType
    end_user_number: str
    outbound_number: str
    message: str
    ticket_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_type = self.chat_type.value

        end_user_number = self.end_user_number

        outbound_number = self.outbound_number

        message = self.message

        ticket_id = self.ticket_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_type": chat_type,
                "end_user_number": end_user_number,
                "outbound_number": outbound_number,
                "message": message,
            }
        )
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_type = SmsRequestChatType(d.pop("chat_type"))

        end_user_number = d.pop("end_user_number")

        outbound_number = d.pop("outbound_number")

        message = d.pop("message")

        ticket_id = d.pop("ticket_id", UNSET)

        sms_request = cls(
            chat_type=chat_type,
            end_user_number=end_user_number,
            outbound_number=outbound_number,
            message=message,
            ticket_id=ticket_id,
        )

        sms_request.additional_properties = d
        return sms_request

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
