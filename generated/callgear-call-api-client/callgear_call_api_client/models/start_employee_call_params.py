from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.employee_target import EmployeeTarget
from ..models.message import Message
from ..models.start_employee_call_direction import StartEmployeeCallDirection
from ..models.start_employee_call_first_call import StartEmployeeCallFirstCall
from ..types import UNSET, Unset


@_attrs_define
class StartEmployeeCallParams:
    """Parameters of start.employee_call.

    Attributes:
        first_call (StartEmployeeCallFirstCall): The number dialed first: employee - the employee; contact - the called side (usually a client).
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        employee (EmployeeTarget): The employee who takes the call from the contact. Without phone_number all of the employee's
            active phone numbers are dialed one after another.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        early_switching (bool | Unset): Let the dialing party hear the contact's line while dialing (default false). Allowed only when
            the employee (operator) is dialed first and switch_at_once is true; otherwise
            invalid_parameters_combination.
        media_file_id (int | Unset): ID of the dialing melody, a system or user media file (default the system melody Dialing music,
            dialing_music); played to a leg without its own message, and after a message.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartEmployeeCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        employee_message (Message | Unset): The message the employee listens to; after it the media_file_id melody plays.
    """

    first_call: StartEmployeeCallFirstCall
    virtual_phone_number: str
    contact: str
    employee: EmployeeTarget
    switch_at_once: bool | Unset = UNSET
    early_switching: bool | Unset = UNSET
    media_file_id: int | Unset = UNSET
    show_virtual_phone_number: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    dtmf_string: str | Unset = UNSET
    direction: StartEmployeeCallDirection | Unset = UNSET
    contact_message: Message | Unset = UNSET
    employee_message: Message | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["first_call"] = self.first_call.value
        field_dict["virtual_phone_number"] = self.virtual_phone_number
        field_dict["contact"] = self.contact
        field_dict["employee"] = self.employee.to_dict()
        if not isinstance(self.switch_at_once, Unset):
            field_dict["switch_at_once"] = self.switch_at_once
        if not isinstance(self.early_switching, Unset):
            field_dict["early_switching"] = self.early_switching
        if not isinstance(self.media_file_id, Unset):
            field_dict["media_file_id"] = self.media_file_id
        if not isinstance(self.show_virtual_phone_number, Unset):
            field_dict["show_virtual_phone_number"] = self.show_virtual_phone_number
        if not isinstance(self.external_id, Unset):
            field_dict["external_id"] = self.external_id
        if not isinstance(self.dtmf_string, Unset):
            field_dict["dtmf_string"] = self.dtmf_string
        if not isinstance(self.direction, Unset):
            field_dict["direction"] = self.direction.value
        if not isinstance(self.contact_message, Unset):
            field_dict["contact_message"] = self.contact_message.to_dict()
        if not isinstance(self.employee_message, Unset):
            field_dict["employee_message"] = self.employee_message.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _first_call = d.pop("first_call")
        first_call = StartEmployeeCallFirstCall(_first_call)

        virtual_phone_number = d.pop("virtual_phone_number")

        contact = d.pop("contact")

        _employee = d.pop("employee")
        employee = EmployeeTarget.from_dict(_employee)

        _switch_at_once = d.pop("switch_at_once", UNSET)
        switch_at_once: bool | Unset = UNSET if isinstance(_switch_at_once, Unset) else _switch_at_once

        _early_switching = d.pop("early_switching", UNSET)
        early_switching: bool | Unset = UNSET if isinstance(_early_switching, Unset) else _early_switching

        _media_file_id = d.pop("media_file_id", UNSET)
        media_file_id: int | Unset = UNSET if isinstance(_media_file_id, Unset) else _media_file_id

        _show_virtual_phone_number = d.pop("show_virtual_phone_number", UNSET)
        show_virtual_phone_number: bool | Unset = (
            UNSET if isinstance(_show_virtual_phone_number, Unset) else _show_virtual_phone_number
        )

        _external_id = d.pop("external_id", UNSET)
        external_id: str | Unset = UNSET if isinstance(_external_id, Unset) else _external_id

        _dtmf_string = d.pop("dtmf_string", UNSET)
        dtmf_string: str | Unset = UNSET if isinstance(_dtmf_string, Unset) else _dtmf_string

        _direction = d.pop("direction", UNSET)
        direction: StartEmployeeCallDirection | Unset = (
            UNSET if isinstance(_direction, Unset) else StartEmployeeCallDirection(_direction)
        )

        _contact_message = d.pop("contact_message", UNSET)
        contact_message: Message | Unset = (
            UNSET if isinstance(_contact_message, Unset) else Message.from_dict(_contact_message)
        )

        _employee_message = d.pop("employee_message", UNSET)
        employee_message: Message | Unset = (
            UNSET if isinstance(_employee_message, Unset) else Message.from_dict(_employee_message)
        )

        obj = cls(
            first_call=first_call,
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            employee=employee,
            switch_at_once=switch_at_once,
            early_switching=early_switching,
            media_file_id=media_file_id,
            show_virtual_phone_number=show_virtual_phone_number,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            contact_message=contact_message,
            employee_message=employee_message,
        )
        return obj
