from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.message import Message
from ..models.start_informer_call_direction import StartInformerCallDirection
from ..types import UNSET, Unset


@_attrs_define
class StartInformerCallParams:
    """Parameters of start.informer_call.

    Attributes:
        virtual_phone_number (str): A virtual number rented by the client, in E.164 format (e.g. 74993720692); always the caller's
            number shown to the contact (REST API - Receiving a list of virtual numbers).
        contact (str): The subscriber's number in E.164 format (e.g. 79091234567); an employee's SIP number can be used
            too. Extension numbers of employees are not supported. Calls to the client's own virtual numbers
            are refused.
        contact_message (Message): The message played to the contact.
        external_id (str | Unset): A unique ID that links the call's events to an outside system.
        dtmf_string (str | Unset): DTMF sent to the contact (0-9, *, #); each "." waits one second: ".12.1..4" sends 12 after 1
            second, 1 a second later and 4 two seconds after that.
        direction (StartInformerCallDirection | Unset): Call direction: in - incoming (default), out - outgoing.
        dialing_timeout (int | Unset): Seconds to wait for the contact to answer; without an answer the call ends. Default 30, up to
            120.
    """

    virtual_phone_number: str
    contact: str
    contact_message: Message
    external_id: str | Unset = UNSET
    dtmf_string: str | Unset = UNSET
    direction: StartInformerCallDirection | Unset = UNSET
    dialing_timeout: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["virtual_phone_number"] = self.virtual_phone_number
        field_dict["contact"] = self.contact
        field_dict["contact_message"] = self.contact_message.to_dict()
        if not isinstance(self.external_id, Unset):
            field_dict["external_id"] = self.external_id
        if not isinstance(self.dtmf_string, Unset):
            field_dict["dtmf_string"] = self.dtmf_string
        if not isinstance(self.direction, Unset):
            field_dict["direction"] = self.direction.value
        if not isinstance(self.dialing_timeout, Unset):
            field_dict["dialing_timeout"] = self.dialing_timeout
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        virtual_phone_number = d.pop("virtual_phone_number")

        contact = d.pop("contact")

        _contact_message = d.pop("contact_message")
        contact_message = Message.from_dict(_contact_message)

        _external_id = d.pop("external_id", UNSET)
        external_id: str | Unset = UNSET if isinstance(_external_id, Unset) else _external_id

        _dtmf_string = d.pop("dtmf_string", UNSET)
        dtmf_string: str | Unset = UNSET if isinstance(_dtmf_string, Unset) else _dtmf_string

        _direction = d.pop("direction", UNSET)
        direction: StartInformerCallDirection | Unset = (
            UNSET if isinstance(_direction, Unset) else StartInformerCallDirection(_direction)
        )

        _dialing_timeout = d.pop("dialing_timeout", UNSET)
        dialing_timeout: int | Unset = UNSET if isinstance(_dialing_timeout, Unset) else _dialing_timeout

        obj = cls(
            virtual_phone_number=virtual_phone_number,
            contact=contact,
            contact_message=contact_message,
            external_id=external_id,
            dtmf_string=dtmf_string,
            direction=direction,
            dialing_timeout=dialing_timeout,
        )
        return obj
