from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VmInboundCallResponse201")


@_attrs_define
class VmInboundCallResponse201:
    """
    Attributes:
        call_session_history_id (int):
        application_id (int):
        rule_name (str):
        scenario_ids (list[int]):
    """

    call_session_history_id: int
    application_id: int
    rule_name: str
    scenario_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_session_history_id = self.call_session_history_id

        application_id = self.application_id

        rule_name = self.rule_name

        scenario_ids = self.scenario_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_session_history_id": call_session_history_id,
                "application_id": application_id,
                "rule_name": rule_name,
                "scenario_ids": scenario_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_session_history_id = d.pop("call_session_history_id")

        application_id = d.pop("application_id")

        rule_name = d.pop("rule_name")

        scenario_ids = cast(list[int], d.pop("scenario_ids"))

        vm_inbound_call_response_201 = cls(
            call_session_history_id=call_session_history_id,
            application_id=application_id,
            rule_name=rule_name,
            scenario_ids=scenario_ids,
        )

        vm_inbound_call_response_201.additional_properties = d
        return vm_inbound_call_response_201

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
