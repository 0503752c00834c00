from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_call_request_call_type import OutboundCallRequestCallType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboundCallRequest")


@_attrs_define
class OutboundCallRequest:
    """Outbound call (forms '1. Outbound Call - end_user_number' and '2. Outbound Call - ticket_id', which share one
    parameter table). Either ticket_id or end_user_number is required; ticket_id has a higher priority than
    end_user_number.

        Attributes:
            call_type (OutboundCallRequestCallType): Call type to create. "Voice Outbound (API)", "OutboundCall"
                (deprecated) are available for now. Deprecated alias: "OutboundCall" (still accepted).
            agent_email (str): Email address for the agent who will be assigned to the outbound call.
            ticket_id (int | str | Unset): CRM ticket ID and it will dial to the end user who is tied to the ticket. The
                table says String; the documentation's 'Contact not found' example sends the integer 1, so integers are accepted
                too.
            end_user_number (str | Unset): End user phone number which will be dialing. ticket_id has a higher priority than
                end_user_number.
            outbound_number (str | Unset): Well-formed outbound number which is managed from Settings > Phone Numbers >
                Phone Number Management. Default outbound number will be used when empty.
            lang (str | Unset): Language of the call. Uses ISO 639-1 codes. (Default: "en") Default: 'en'.
    """

    call_type: OutboundCallRequestCallType
    agent_email: str
    ticket_id: int | str | Unset = UNSET
    end_user_number: str | Unset = UNSET
    outbound_number: str | Unset = UNSET
    lang: str | Unset = "en"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_type = self.call_type.value

        agent_email = self.agent_email

        ticket_id: int | str | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        end_user_number = self.end_user_number

        outbound_number = self.outbound_number

        lang = self.lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_type": call_type,
                "agent_email": agent_email,
            }
        )
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if end_user_number is not UNSET:
            field_dict["end_user_number"] = end_user_number
        if outbound_number is not UNSET:
            field_dict["outbound_number"] = outbound_number
        if lang is not UNSET:
            field_dict["lang"] = lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_type = OutboundCallRequestCallType(d.pop("call_type"))

        agent_email = d.pop("agent_email")

        def _parse_ticket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ticket_id = _parse_ticket_id(d.pop("ticket_id", UNSET))

        end_user_number = d.pop("end_user_number", UNSET)

        outbound_number = d.pop("outbound_number", UNSET)

        lang = d.pop("lang", UNSET)

        outbound_call_request = cls(
            call_type=call_type,
            agent_email=agent_email,
            ticket_id=ticket_id,
            end_user_number=end_user_number,
            outbound_number=outbound_number,
            lang=lang,
        )

        outbound_call_request.additional_properties = d
        return outbound_call_request

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
