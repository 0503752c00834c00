from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_leg_state import CallLegState


@_attrs_define
class CallLeg:
    """CallLeg

    Attributes:
        leg_id (int): Unique ID of the leg.
        calling_phone_number (str): The calling subscriber's number.
        called_phone_number (str): The called subscriber's number.
        is_operator (bool): The leg that can manage talk options.
        employee_id (int | None): Unique ID of the employee (null for a leg that is not an employee).
        employee_full_name (str | None): The employee's name.
        record_call_enabled (bool): Call recording is switched on (true) or off (false).
        state (CallLegState): State of the leg.
    """

    leg_id: int
    calling_phone_number: str
    called_phone_number: str
    is_operator: bool
    employee_id: int | None
    employee_full_name: str | None
    record_call_enabled: bool
    state: CallLegState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["leg_id"] = self.leg_id
        field_dict["calling_phone_number"] = self.calling_phone_number
        field_dict["called_phone_number"] = self.called_phone_number
        field_dict["is_operator"] = self.is_operator
        field_dict["employee_id"] = self.employee_id
        field_dict["employee_full_name"] = self.employee_full_name
        field_dict["record_call_enabled"] = self.record_call_enabled
        field_dict["state"] = self.state.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        leg_id = d.pop("leg_id")

        calling_phone_number = d.pop("calling_phone_number")

        called_phone_number = d.pop("called_phone_number")

        is_operator = d.pop("is_operator")

        employee_id = d.pop("employee_id")

        employee_full_name = d.pop("employee_full_name")

        record_call_enabled = d.pop("record_call_enabled")

        _state = d.pop("state")
        state = CallLegState(_state)

        obj = cls(
            leg_id=leg_id,
            calling_phone_number=calling_phone_number,
            called_phone_number=called_phone_number,
            is_operator=is_operator,
            employee_id=employee_id,
            employee_full_name=employee_full_name,
            record_call_enabled=record_call_enabled,
            state=state,
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
