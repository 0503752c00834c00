from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddAcdRequestBody")


@_attrs_define
class VmAddAcdRequestBody:
    """
    Attributes:
        acd_queue_id (int):
        user_id (int | Unset):
        begin_time (str | Unset):
        waiting_time (int | Unset):
        talk_time (int | Unset):
        acw_time (int | Unset):
        queue_length (int | Unset):
        callerid (str | Unset):
        custom_data (str | Unset):
        operator_hangup (bool | Unset):
        unserviced (bool | Unset):
        rejected (bool | Unset):
    """

    acd_queue_id: int
    user_id: int | Unset = UNSET
    begin_time: str | Unset = UNSET
    waiting_time: int | Unset = UNSET
    talk_time: int | Unset = UNSET
    acw_time: int | Unset = UNSET
    queue_length: int | Unset = UNSET
    callerid: str | Unset = UNSET
    custom_data: str | Unset = UNSET
    operator_hangup: bool | Unset = UNSET
    unserviced: bool | Unset = UNSET
    rejected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        user_id = self.user_id

        begin_time = self.begin_time

        waiting_time = self.waiting_time

        talk_time = self.talk_time

        acw_time = self.acw_time

        queue_length = self.queue_length

        callerid = self.callerid

        custom_data = self.custom_data

        operator_hangup = self.operator_hangup

        unserviced = self.unserviced

        rejected = self.rejected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if waiting_time is not UNSET:
            field_dict["waiting_time"] = waiting_time
        if talk_time is not UNSET:
            field_dict["talk_time"] = talk_time
        if acw_time is not UNSET:
            field_dict["acw_time"] = acw_time
        if queue_length is not UNSET:
            field_dict["queue_length"] = queue_length
        if callerid is not UNSET:
            field_dict["callerid"] = callerid
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if operator_hangup is not UNSET:
            field_dict["operator_hangup"] = operator_hangup
        if unserviced is not UNSET:
            field_dict["unserviced"] = unserviced
        if rejected is not UNSET:
            field_dict["rejected"] = rejected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        user_id = d.pop("user_id", UNSET)

        begin_time = d.pop("begin_time", UNSET)

        waiting_time = d.pop("waiting_time", UNSET)

        talk_time = d.pop("talk_time", UNSET)

        acw_time = d.pop("acw_time", UNSET)

        queue_length = d.pop("queue_length", UNSET)

        callerid = d.pop("callerid", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        operator_hangup = d.pop("operator_hangup", UNSET)

        unserviced = d.pop("unserviced", UNSET)

        rejected = d.pop("rejected", UNSET)

        vm_add_acd_request_body = cls(
            acd_queue_id=acd_queue_id,
            user_id=user_id,
            begin_time=begin_time,
            waiting_time=waiting_time,
            talk_time=talk_time,
            acw_time=acw_time,
            queue_length=queue_length,
            callerid=callerid,
            custom_data=custom_data,
            operator_hangup=operator_hangup,
            unserviced=unserviced,
            rejected=rejected,
        )

        vm_add_acd_request_body.additional_properties = d
        return vm_add_acd_request_body

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
