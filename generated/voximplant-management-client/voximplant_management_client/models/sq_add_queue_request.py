from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sq_add_queue_request_call_agent_selection import (
    SQAddQueueRequestCallAgentSelection,
    check_sq_add_queue_request_call_agent_selection,
)
from ..models.sq_add_queue_request_call_task_selection import (
    SQAddQueueRequestCallTaskSelection,
    check_sq_add_queue_request_call_task_selection,
)
from ..models.sq_add_queue_request_im_agent_selection import (
    SQAddQueueRequestImAgentSelection,
    check_sq_add_queue_request_im_agent_selection,
)
from ..models.sq_add_queue_request_im_task_selection import (
    SQAddQueueRequestImTaskSelection,
    check_sq_add_queue_request_im_task_selection,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SQAddQueueRequest")


@_attrs_define
class SQAddQueueRequest:
    """
    Attributes:
        call_agent_selection (SQAddQueueRequestCallAgentSelection): Agent selection strategy for calls. Accepts one of
            the following values: “MOST_QUALIFIED”, “LEAST_QUALIFIED”, “MAX_WAITING_TIME”
        call_task_selection (SQAddQueueRequestCallTaskSelection): Call type requests prioritizing strategy. Accepts one
            of the SQTaskSelectionStrategies enum values
        sq_queue_name (str): Unique SmartQueue name within the application, up to 100 characters
        application_id (int | Unset): Application ID to bind to
        application_name (str | Unset): Application name to bind to. Can be used instead of application_id
        call_max_queue_size (int | Unset): Maximum size of the queue with CALL-type requests
        call_max_waiting_time (int | Unset): Maximum time in minutes that a CALL-type request can remain in the queue
            without being assigned to an agent. Specify either this parameter or call_max_waiting_time_in_seconds.
            Specifying both parameters simultaniously leads to an error
        call_max_waiting_time_in_seconds (int | Unset): Maximum call waiting time in seconds. Specify either this
            parameter or call_max_waiting_time. Specifying both parameters simultaniously leads to an error
        description (str | Unset): Comment, up to 200 characters
        fallback_agent_selection (str | Unset):
        hold_calls_if_inactive_agents (bool | Unset): Whether to keep the call task in the queue if all agents are in
            the DND/BANNED/OFFLINE statuses.
        hold_im_if_inactive_agents (bool | Unset): Whether to add the task to the queue if there are no available agents
        im_agent_selection (SQAddQueueRequestImAgentSelection | Unset): Agent selection strategy for messages. Accepts
            one of the following values: “MOST_QUALIFIED”, “LEAST_QUALIFIED”, “MAX_WAITING_TIME”. The default value is
            call_agent_selection
        im_max_queue_size (int | Unset): Maximum size of the queue with IM-type requests
        im_max_waiting_time (int | Unset): Maximum time in minutes that an IM-type request can remain in the queue
            without being assigned to an agent. Specify either this parameter or im_max_waiting_time_in_seconds. Specifying
            both parameters simultaniously leads to an error
        im_max_waiting_time_in_seconds (int | Unset): Maximum chat message waiting time in seconds. Specify either this
            parameter or im_max_waiting_time. Specifying both parameters simultaniously leads to an error
        im_task_selection (SQAddQueueRequestImTaskSelection | Unset): IM type requests prioritizing strategy. Accepts
            one of the SQTaskSelectionStrategies enum values. The default value is call_task_selection
        priority (int | Unset): The queue’s priority from 1 to 100
    """

    call_agent_selection: SQAddQueueRequestCallAgentSelection
    call_task_selection: SQAddQueueRequestCallTaskSelection
    sq_queue_name: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    call_max_queue_size: int | Unset = UNSET
    call_max_waiting_time: int | Unset = UNSET
    call_max_waiting_time_in_seconds: int | Unset = UNSET
    description: str | Unset = UNSET
    fallback_agent_selection: str | Unset = UNSET
    hold_calls_if_inactive_agents: bool | Unset = UNSET
    hold_im_if_inactive_agents: bool | Unset = UNSET
    im_agent_selection: SQAddQueueRequestImAgentSelection | Unset = UNSET
    im_max_queue_size: int | Unset = UNSET
    im_max_waiting_time: int | Unset = UNSET
    im_max_waiting_time_in_seconds: int | Unset = UNSET
    im_task_selection: SQAddQueueRequestImTaskSelection | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_agent_selection: str = self.call_agent_selection

        call_task_selection: str = self.call_task_selection

        sq_queue_name = self.sq_queue_name

        application_id = self.application_id

        application_name = self.application_name

        call_max_queue_size = self.call_max_queue_size

        call_max_waiting_time = self.call_max_waiting_time

        call_max_waiting_time_in_seconds = self.call_max_waiting_time_in_seconds

        description = self.description

        fallback_agent_selection = self.fallback_agent_selection

        hold_calls_if_inactive_agents = self.hold_calls_if_inactive_agents

        hold_im_if_inactive_agents = self.hold_im_if_inactive_agents

        im_agent_selection: str | Unset = UNSET
        if not isinstance(self.im_agent_selection, Unset):
            im_agent_selection = self.im_agent_selection

        im_max_queue_size = self.im_max_queue_size

        im_max_waiting_time = self.im_max_waiting_time

        im_max_waiting_time_in_seconds = self.im_max_waiting_time_in_seconds

        im_task_selection: str | Unset = UNSET
        if not isinstance(self.im_task_selection, Unset):
            im_task_selection = self.im_task_selection

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_agent_selection": call_agent_selection,
                "call_task_selection": call_task_selection,
                "sq_queue_name": sq_queue_name,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if call_max_queue_size is not UNSET:
            field_dict["call_max_queue_size"] = call_max_queue_size
        if call_max_waiting_time is not UNSET:
            field_dict["call_max_waiting_time"] = call_max_waiting_time
        if call_max_waiting_time_in_seconds is not UNSET:
            field_dict["call_max_waiting_time_in_seconds"] = call_max_waiting_time_in_seconds
        if description is not UNSET:
            field_dict["description"] = description
        if fallback_agent_selection is not UNSET:
            field_dict["fallback_agent_selection"] = fallback_agent_selection
        if hold_calls_if_inactive_agents is not UNSET:
            field_dict["hold_calls_if_inactive_agents"] = hold_calls_if_inactive_agents
        if hold_im_if_inactive_agents is not UNSET:
            field_dict["hold_im_if_inactive_agents"] = hold_im_if_inactive_agents
        if im_agent_selection is not UNSET:
            field_dict["im_agent_selection"] = im_agent_selection
        if im_max_queue_size is not UNSET:
            field_dict["im_max_queue_size"] = im_max_queue_size
        if im_max_waiting_time is not UNSET:
            field_dict["im_max_waiting_time"] = im_max_waiting_time
        if im_max_waiting_time_in_seconds is not UNSET:
            field_dict["im_max_waiting_time_in_seconds"] = im_max_waiting_time_in_seconds
        if im_task_selection is not UNSET:
            field_dict["im_task_selection"] = im_task_selection
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_agent_selection = check_sq_add_queue_request_call_agent_selection(d.pop("call_agent_selection"))

        call_task_selection = check_sq_add_queue_request_call_task_selection(d.pop("call_task_selection"))

        sq_queue_name = d.pop("sq_queue_name")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        call_max_queue_size = d.pop("call_max_queue_size", UNSET)

        call_max_waiting_time = d.pop("call_max_waiting_time", UNSET)

        call_max_waiting_time_in_seconds = d.pop("call_max_waiting_time_in_seconds", UNSET)

        description = d.pop("description", UNSET)

        fallback_agent_selection = d.pop("fallback_agent_selection", UNSET)

        hold_calls_if_inactive_agents = d.pop("hold_calls_if_inactive_agents", UNSET)

        hold_im_if_inactive_agents = d.pop("hold_im_if_inactive_agents", UNSET)

        _im_agent_selection = d.pop("im_agent_selection", UNSET)
        im_agent_selection: SQAddQueueRequestImAgentSelection | Unset
        if isinstance(_im_agent_selection, Unset):
            im_agent_selection = UNSET
        else:
            im_agent_selection = check_sq_add_queue_request_im_agent_selection(_im_agent_selection)

        im_max_queue_size = d.pop("im_max_queue_size", UNSET)

        im_max_waiting_time = d.pop("im_max_waiting_time", UNSET)

        im_max_waiting_time_in_seconds = d.pop("im_max_waiting_time_in_seconds", UNSET)

        _im_task_selection = d.pop("im_task_selection", UNSET)
        im_task_selection: SQAddQueueRequestImTaskSelection | Unset
        if isinstance(_im_task_selection, Unset):
            im_task_selection = UNSET
        else:
            im_task_selection = check_sq_add_queue_request_im_task_selection(_im_task_selection)

        priority = d.pop("priority", UNSET)

        sq_add_queue_request = cls(
            call_agent_selection=call_agent_selection,
            call_task_selection=call_task_selection,
            sq_queue_name=sq_queue_name,
            application_id=application_id,
            application_name=application_name,
            call_max_queue_size=call_max_queue_size,
            call_max_waiting_time=call_max_waiting_time,
            call_max_waiting_time_in_seconds=call_max_waiting_time_in_seconds,
            description=description,
            fallback_agent_selection=fallback_agent_selection,
            hold_calls_if_inactive_agents=hold_calls_if_inactive_agents,
            hold_im_if_inactive_agents=hold_im_if_inactive_agents,
            im_agent_selection=im_agent_selection,
            im_max_queue_size=im_max_queue_size,
            im_max_waiting_time=im_max_waiting_time,
            im_max_waiting_time_in_seconds=im_max_waiting_time_in_seconds,
            im_task_selection=im_task_selection,
            priority=priority,
        )

        sq_add_queue_request.additional_properties = d
        return sq_add_queue_request

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
