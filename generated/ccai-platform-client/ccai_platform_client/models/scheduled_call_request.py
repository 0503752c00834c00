from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduled_call_request_call_type import ScheduledCallRequestCallType
from ..models.scheduled_call_request_recording_permission import ScheduledCallRequestRecordingPermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledCallRequest")


@_attrs_define
class ScheduledCallRequest:
    """Scheduled call (form '4. Scheduled Call'). menu_id is required unless call_id is given.

    Attributes:
        call_type (ScheduledCallRequestCallType): Call type to create. Use "Voice Scheduled (API)" or "ScheduledCall"
            (deprecated) to create an scheduled call. Deprecated alias: "ScheduledCall" (still accepted).
        end_user_number (str): The end user phone number that will be dialed. If both a ticket_id and end_user_number
            are passed in, the ticket_id will take precedence.
        scheduled_at (datetime.datetime): Scheduled time of the call. Uses ISO 8601 format to a valid future time.
        menu_id (int | Unset): The ID of the menu to attribute the call to. Only Mobile and Web menu IDs are accepted
            (otherwise: "Only mobile and web menu IDs are permitted"; unknown ID: "menu_id <id> is not found"). Optional
            when call_id is given.
        call_id (int | Unset): Call ID of previous call, which will be linked as the parent call of the new created
            scheduled call. When call ID is being used, menu_id can be optional.
        lang (str | Unset): Language of the call. Uses ISO 639-1 codes. (Default: "en") Unsupported languages are
            rejected with "Language '<lang>' is not available" / "Language '<lang>' is not found". Default: 'en'.
        ticket_id (int | str | Unset): CRM ticket ID. The end user phone number tied to the ticket will be dialed. If
            both a ticket_id and end_user_number are passed in, the ticket_id will take precedence. The table says String;
            the Outbound forms' 'Contact not found' example sends the integer 1, so integers are accepted too.
        recording_permission (ScheduledCallRequestRecordingPermission | Unset): The value is only evaluated if the "Call
            Recording Options" feature is set to "Ask User for Permission to Record". Configurable at Settings > Queue >
            EDIT / VIEW > Select a queue > Call Recording Options. If the value is either "recording_permission_not_asked"
            (default) or "recording_permission_denied", the call will not be recorded. If the value is
            "recording_permission_granted", the call will be recorded. Default:
            ScheduledCallRequestRecordingPermission.RECORDING_PERMISSION_NOT_ASKED.
    """

    call_type: ScheduledCallRequestCallType
    end_user_number: str
    scheduled_at: datetime.datetime
    menu_id: int | Unset = UNSET
    call_id: int | Unset = UNSET
    lang: str | Unset = "en"
    ticket_id: int | str | Unset = UNSET
    recording_permission: ScheduledCallRequestRecordingPermission | Unset = (
        ScheduledCallRequestRecordingPermission.RECORDING_PERMISSION_NOT_ASKED
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_type = self.call_type.value

        end_user_number = self.end_user_number

        scheduled_at = self.scheduled_at.isoformat()

        menu_id = self.menu_id

        call_id = self.call_id

        lang = self.lang

        ticket_id: int | str | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        recording_permission: str | Unset = UNSET
        if not isinstance(self.recording_permission, Unset):
            recording_permission = self.recording_permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_type": call_type,
                "end_user_number": end_user_number,
                "scheduled_at": scheduled_at,
            }
        )
        if menu_id is not UNSET:
            field_dict["menu_id"] = menu_id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if lang is not UNSET:
            field_dict["lang"] = lang
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if recording_permission is not UNSET:
            field_dict["recording_permission"] = recording_permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_type = ScheduledCallRequestCallType(d.pop("call_type"))

        end_user_number = d.pop("end_user_number")

        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))

        menu_id = d.pop("menu_id", UNSET)

        call_id = d.pop("call_id", UNSET)

        lang = d.pop("lang", UNSET)

        def _parse_ticket_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ticket_id = _parse_ticket_id(d.pop("ticket_id", UNSET))

        _recording_permission = d.pop("recording_permission", UNSET)
        recording_permission: ScheduledCallRequestRecordingPermission | Unset
        if isinstance(_recording_permission, Unset):
            recording_permission = UNSET
        else:
            recording_permission = ScheduledCallRequestRecordingPermission(_recording_permission)

        scheduled_call_request = cls(
            call_type=call_type,
            end_user_number=end_user_number,
            scheduled_at=scheduled_at,
            menu_id=menu_id,
            call_id=call_id,
            lang=lang,
            ticket_id=ticket_id,
            recording_permission=recording_permission,
        )

        scheduled_call_request.additional_properties = d
        return scheduled_call_request

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
