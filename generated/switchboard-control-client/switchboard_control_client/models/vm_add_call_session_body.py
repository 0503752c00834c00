from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddCallSessionBody")


@_attrs_define
class VmAddCallSessionBody:
    """
    Attributes:
        application_id (int):
        duration (int | Unset):
        start_date (str | Unset):
        user_id (int | Unset):
        rule_name (str | Unset):
        custom_data (str | Unset):
        local_number (str | Unset):
        remote_number (str | Unset):
        incoming (bool | Unset):
        record (bool | Unset): With a call record.
    """

    application_id: int
    duration: int | Unset = UNSET
    start_date: str | Unset = UNSET
    user_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    custom_data: str | Unset = UNSET
    local_number: str | Unset = UNSET
    remote_number: str | Unset = UNSET
    incoming: bool | Unset = UNSET
    record: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        duration = self.duration

        start_date = self.start_date

        user_id = self.user_id

        rule_name = self.rule_name

        custom_data = self.custom_data

        local_number = self.local_number

        remote_number = self.remote_number

        incoming = self.incoming

        record = self.record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if local_number is not UNSET:
            field_dict["local_number"] = local_number
        if remote_number is not UNSET:
            field_dict["remote_number"] = remote_number
        if incoming is not UNSET:
            field_dict["incoming"] = incoming
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        duration = d.pop("duration", UNSET)

        start_date = d.pop("start_date", UNSET)

        user_id = d.pop("user_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        local_number = d.pop("local_number", UNSET)

        remote_number = d.pop("remote_number", UNSET)

        incoming = d.pop("incoming", UNSET)

        record = d.pop("record", UNSET)

        vm_add_call_session_body = cls(
            application_id=application_id,
            duration=duration,
            start_date=start_date,
            user_id=user_id,
            rule_name=rule_name,
            custom_data=custom_data,
            local_number=local_number,
            remote_number=remote_number,
            incoming=incoming,
            record=record,
        )

        vm_add_call_session_body.additional_properties = d
        return vm_add_call_session_body

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
