from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_call_request_call_type import IncomingCallRequestCallType
from ..models.incoming_call_request_recording_permission import IncomingCallRequestRecordingPermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingCallRequest")


@_attrs_define
class IncomingCallRequest:
    """Incoming call (form '3. Incoming Call').

    Attributes:
        call_type (IncomingCallRequestCallType): Call type to create. Use "Voice Inbound (API)" or "IncomingCall"
            (deprecated) to create an incoming call. Deprecated alias: "IncomingCall" (still accepted).
        menu_id (int): The ID of the menu to attribute the call to. Only IVR and Web menu IDs are accepted (otherwise:
            "Only IVR and web menu IDs are permitted"; unknown ID: "menu_id <id> is not found").
        end_user_number (str): The end user phone number that will be dialed. If both a ticket_id and end_user_number
            are passed in, the ticket_id will take precedence.
        lang (str | Unset): Language of the call. Uses ISO 639-1 codes. (Default: "en") Unsupported languages are
            rejected with "Language '<lang>' is not available" / "Language '<lang>' is not found". Default: 'en'.
        ticket_id (int | str | Unset): CRM ticket ID. The end user phone number tied to the ticket will be dialed. If
            both a ticket_id and end_user_number are passed in, the ticket_id will take precedence. The table says String;
            the Outbound forms' 'Contact not found' example sends the integer 1, so integers are accepted too.
        outbound_number (str | Unset): The outbound phone number to be used for the call. The default global outbound
            phone number will be used if input is not passed in or invalid. Outbound numbers are managed from Settings >
            Queue > EDIT / VIEW > Select a queue > Outbound Phone Numbers.
        recording_permission (IncomingCallRequestRecordingPermission | Unset): The value is only evaluated if the "Call
            Recording Options" feature is set to "Ask User for Permission to Record". Configurable at Settings > Queue >
            EDIT / VIEW > Select a queue > Call Recording Options. If the value is either "recording_permission_not_asked"
            (default) or "recording_permission_denied", the call will not be recorded. If the value is
            "recording_permission_granted", the call will be recorded. Default:
            IncomingCallRequestRecordingPermission.RECORDING_PERMISSION_NOT_ASKED.
    """

    call_type: IncomingCallRequestCallType
    menu_id: int
    end_user_number: str
    lang: str | Unset = "en"
    ticket_id: int | str | Unset = UNSET
    outbound_number: str | Unset = UNSET
    recording_permission: IncomingCallRequestRecordingPermission | Unset = (
        IncomingCallRequestRecordingPermission.RECORDING_PERMISSION_NOT_ASKED
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_type = self.call_type.value

        menu_id = self.menu_id

        end_user_number = self.end_user_number

        lang = self.lang

        ticket_id: int | str | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        outbound_number = self.outbound_number

        recording_permission: str | Unset = UNSET
        if not isinstance(self.recording_permission, Unset):
            recording_permission = self.recording_permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_type": call_type,
                "menu_id": menu_id,
                "end_user_number": end_user_number,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if outbound_number is not UNSET:
            field_dict["outbound_number"] = outbound_number
        if recording_permission is not UNSET:
            field_dict["recording_permission"] = recording_permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_type = IncomingCallRequestCallType(d.pop("call_type"))

        menu_id = d.pop("menu_id")

        end_user_number = d.pop("end_user_number")

        lang = d.pop("lang", UNSET)

        def _parse_ticket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ticket_id = _parse_ticket_id(d.pop("ticket_id", UNSET))

        outbound_number = d.pop("outbound_number", UNSET)

        _recording_permission = d.pop("recording_permission", UNSET)
        recording_permission: IncomingCallRequestRecordingPermission | Unset
        if isinstance(_recording_permission, Unset):
            recording_permission = UNSET
        else:
            recording_permission = IncomingCallRequestRecordingPermission(_recording_permission)

        incoming_call_request = cls(
            call_type=call_type,
            menu_id=menu_id,
            end_user_number=end_user_number,
            lang=lang,
            ticket_id=ticket_id,
            outbound_number=outbound_number,
            recording_permission=recording_permission,
        )

        incoming_call_request.additional_properties = d
        return incoming_call_request

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
