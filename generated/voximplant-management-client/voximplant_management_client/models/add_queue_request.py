from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddQueueRequest")


@_attrs_define
class AddQueueRequest:
    """
    Attributes:
        acd_queue_name (str): The queue name. The length must be less than 100
        acd_queue_priority (int | Unset): The integer queue priority. The highest priority is 0
        application_id (int | Unset): The application ID
        application_name (str | Unset): The application name that can be used instead of application_id
        auto_binding (bool | Unset): Whether to enable the auto binding of operators to a queue by skills comparing
        average_service_time (int | Unset): The average service time in seconds. Specify the parameter to correct or
            initialize the waiting time prediction
        max_queue_size (int | Unset): The max queue size
        max_waiting_time (int | Unset): The max predicted waiting time in minutes. The client is rejected if the
            predicted waiting time is greater than the max predicted waiting time
        service_probability (float | Unset): The value in the range of [0.5 … 1.0]. The value 1.0 means the service
            probability 100% in challenge with a lower priority queue
    """

    acd_queue_name: str
    acd_queue_priority: int | Unset = UNSET
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    auto_binding: bool | Unset = UNSET
    average_service_time: int | Unset = UNSET
    max_queue_size: int | Unset = UNSET
    max_waiting_time: int | Unset = UNSET
    service_probability: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_name = self.acd_queue_name

        acd_queue_priority = self.acd_queue_priority

        application_id = self.application_id

        application_name = self.application_name

        auto_binding = self.auto_binding

        average_service_time = self.average_service_time

        max_queue_size = self.max_queue_size

        max_waiting_time = self.max_waiting_time

        service_probability = self.service_probability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_name": acd_queue_name,
            }
        )
        if acd_queue_priority is not UNSET:
            field_dict["acd_queue_priority"] = acd_queue_priority
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if auto_binding is not UNSET:
            field_dict["auto_binding"] = auto_binding
        if average_service_time is not UNSET:
            field_dict["average_service_time"] = average_service_time
        if max_queue_size is not UNSET:
            field_dict["max_queue_size"] = max_queue_size
        if max_waiting_time is not UNSET:
            field_dict["max_waiting_time"] = max_waiting_time
        if service_probability is not UNSET:
            field_dict["service_probability"] = service_probability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_queue_name = d.pop("acd_queue_name")

        acd_queue_priority = d.pop("acd_queue_priority", UNSET)

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        auto_binding = d.pop("auto_binding", UNSET)

        average_service_time = d.pop("average_service_time", UNSET)

        max_queue_size = d.pop("max_queue_size", UNSET)

        max_waiting_time = d.pop("max_waiting_time", UNSET)

        service_probability = d.pop("service_probability", UNSET)

        add_queue_request = cls(
            acd_queue_name=acd_queue_name,
            acd_queue_priority=acd_queue_priority,
            application_id=application_id,
            application_name=application_name,
            auto_binding=auto_binding,
            average_service_time=average_service_time,
            max_queue_size=max_queue_size,
            max_waiting_time=max_waiting_time,
            service_probability=service_probability,
        )

        add_queue_request.additional_properties = d
        return add_queue_request

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
