from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.message import Message
from ..models.start_scenario_call_direction import StartScenarioCallDirection
from ..models.start_scenario_call_first_call import StartScenarioCallFirstCall
from ..types import UNSET, Unset


@_attrs_define
class StartScenarioCallParams:
    """Parameters of start.scenario_call.

    Attributes:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        first_call (StartScenarioCallFirstCall): The number dialed first: employee - the employee from the scenario; contact - the called side
            (usually a client).
        scenario_id (int): Unique scenario ID (REST API - Receiving a list of scenarios).
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        switch_at_once (bool | Unset): Start the talk as soon as the second party answers, interrupting the messages (true), or play
            the messages to the end first (false, the default). Does not work when the contact_message type
            is tts.
        direction (StartScenarioCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        contact_message (Message | Unset): The message played to the contact; after it the dialing melody plays.
        employee_message (Message | Unset): The message played to the employee, after the scenario's own message for the employee.
    """

    virtual_phone_number: str
    contact: str
    first_call: StartScenarioCallFirstCall
    scenario_id: int
    external_id: str | Unset = UNSET
    dtmf_string: str | Unset = UNSET
    switch_at_once: bool | Unset = UNSET
    direction: StartScenarioCallDirection | Unset = UNSET
    contact_message: Message | Unset = UNSET
    employee_message: Message | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["virtual_phone_number"] = self.virtual_phone_number
        field_dict["contact"] = self.contact
        field_dict["first_call"] = self.first_call.value
        field_dict["scenario_id"] = self.scenario_id
        if not isinstance(self.external_id, Unset):
            field_dict["external_id"] = self.external_id
        if not isinstance(self.dtmf_string, Unset):
            field_dict["dtmf_string"] = self.dtmf_string
        if not isinstance(self.switch_at_once, Unset):
            field_dict["switch_at_once"] = self.switch_at_once
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
        virtual_phone_number = d.pop("virtual_phone_number")

        contact = d.pop("contact")

        _first_call = d.pop("first_call")
        first_call = StartScenarioCallFirstCall(_first_call)

        scenario_id = d.pop("scenario_id")

        _external_id = d.pop("external_id", UNSET)
        external_id: str | Unset = UNSET if isinstance(_external_id, Unset) else _external_id

        _dtmf_string = d.pop("dtmf_string", UNSET)
        dtmf_string: str | Unset = UNSET if isinstance(_dtmf_string, Unset) else _dtmf_string

        _switch_at_once = d.pop("switch_at_once", UNSET)
        switch_at_once: bool | Unset = UNSET if isinstance(_switch_at_once, Unset) else _switch_at_once

        _direction = d.pop("direction", UNSET)
        direction: StartScenarioCallDirection | Unset = (
            UNSET if isinstance(_direction, Unset) else StartScenarioCallDirection(_direction)
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
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            first_call=first_call,
            scenario_id=scenario_id,
            external_id=external_id,
            dtmf_string=dtmf_string,
            switch_at_once=switch_at_once,
            direction=direction,
            contact_message=contact_message,
            employee_message=employee_message,
        )
        return obj
