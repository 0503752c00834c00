from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.message import Message
from ..models.start_vnumber_call_direction import StartVnumberCallDirection
from ..models.start_vnumber_call_first_call import StartVnumberCallFirstCall
from ..types import UNSET, Unset


@_attrs_define
class StartVnumberCallParams:
    """Parameters of start.vnumber_call.

    Attributes:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        first_call (StartVnumberCallFirstCall): The number dialed first: employee - the employee from the scenario; contact - the called side
            (usually a client).
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartVnumberCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        show_virtual_phone_number (bool | Unset): Show the virtual number to the employee (operator) as the caller's number. Default true.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
    """

    virtual_phone_number: str
    contact: str
    first_call: StartVnumberCallFirstCall
    external_id: str | Unset = UNSET
    dtmf_string: str | Unset = UNSET
    direction: StartVnumberCallDirection | Unset = UNSET
    switch_at_once: bool | Unset = UNSET
    show_virtual_phone_number: bool | Unset = UNSET
    contact_message: Message | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["virtual_phone_number"] = self.virtual_phone_number
        field_dict["contact"] = self.contact
        field_dict["first_call"] = self.first_call.value
        if not isinstance(self.external_id, Unset):
            field_dict["external_id"] = self.external_id
        if not isinstance(self.dtmf_string, Unset):
            field_dict["dtmf_string"] = self.dtmf_string
        if not isinstance(self.direction, Unset):
            field_dict["direction"] = self.direction.value
        if not isinstance(self.switch_at_once, Unset):
            field_dict["switch_at_once"] = self.switch_at_once
        if not isinstance(self.show_virtual_phone_number, Unset):
            field_dict["show_virtual_phone_number"] = self.show_virtual_phone_number
        if not isinstance(self.contact_message, Unset):
            field_dict["contact_message"] = self.contact_message.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        virtual_phone_number = d.pop("virtual_phone_number")

        contact = d.pop("contact")

        _first_call = d.pop("first_call")
        first_call = StartVnumberCallFirstCall(_first_call)

        _external_id = d.pop("external_id", UNSET)
        external_id: str | Unset = UNSET if isinstance(_external_id, Unset) else _external_id

        _dtmf_string = d.pop("dtmf_string", UNSET)
        dtmf_string: str | Unset = UNSET if isinstance(_dtmf_string, Unset) else _dtmf_string

        _direction = d.pop("direction", UNSET)
        direction: StartVnumberCallDirection | Unset = (
            UNSET if isinstance(_direction, Unset) else StartVnumberCallDirection(_direction)
        )

        _switch_at_once = d.pop("switch_at_once", UNSET)
        switch_at_once: bool | Unset = UNSET if isinstance(_switch_at_once, Unset) else _switch_at_once

        _show_virtual_phone_number = d.pop("show_virtual_phone_number", UNSET)
        show_virtual_phone_number: bool | Unset = (
            UNSET if isinstance(_show_virtual_phone_number, Unset) else _show_virtual_phone_number
        )

        _contact_message = d.pop("contact_message", UNSET)
        contact_message: Message | Unset = (
            UNSET if isinstance(_contact_message, Unset) else Message.from_dict(_contact_message)
        )

        obj = cls(
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            first_call=first_call,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            switch_at_once=switch_at_once,
            show_virtual_phone_number=show_virtual_phone_number,
            contact_message=contact_message,
        )
        return obj
