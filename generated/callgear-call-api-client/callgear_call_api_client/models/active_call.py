from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_call_direction import ActiveCallDirection
from ..models.call_leg import CallLeg
from ..models.call_tag import CallTag


@_attrs_define
class ActiveCall:
    """ActiveCall

    Attributes:
        call_session_id (int): Unique ID of the call session.
        direction (ActiveCallDirection): Direction of the call session.
        start_time (str): Call start time (the example's form, YYYY-MM-DDThh:mm:ss.mmm).
        virtual_phone_number (str): The virtual number used as the representative's number.
        contact_phone_number (str): The subscriber's number.
        external_id (str | None): The request's ID in the client's outside system.
        tags (list[CallTag]):
        legs (list[CallLeg]):
    """

    call_session_id: int
    direction: ActiveCallDirection
    start_time: str
    virtual_phone_number: str
    contact_phone_number: str
    external_id: str | None
    tags: list[CallTag]
    legs: list[CallLeg]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_session_id"] = self.call_session_id
        field_dict["direction"] = self.direction.value
        field_dict["start_time"] = self.start_time
        field_dict["virtual_phone_number"] = self.virtual_phone_number
        field_dict["contact_phone_number"] = self.contact_phone_number
        field_dict["external_id"] = self.external_id
        field_dict["tags"] = [item0.to_dict() for item0 in self.tags]
        field_dict["legs"] = [item0.to_dict() for item0 in self.legs]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_session_id = d.pop("call_session_id")

        _direction = d.pop("direction")
        direction = ActiveCallDirection(_direction)

        start_time = d.pop("start_time")

        virtual_phone_number = d.pop("virtual_phone_number")

        contact_phone_number = d.pop("contact_phone_number")

        external_id = d.pop("external_id")

        _tags = d.pop("tags")
        tags = [CallTag.from_dict(item0) for item0 in _tags]

        _legs = d.pop("legs")
        legs = [CallLeg.from_dict(item0) for item0 in _legs]

        obj = cls(
            call_session_id=call_session_id,
            direction=direction,
            start_time=start_time,
            virtual_phone_number=virtual_phone_number,
            contact_phone_number=contact_phone_number,
            external_id=external_id,
            tags=tags,
            legs=legs,
        )
        obj.additional_properties = d
        return obj

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
