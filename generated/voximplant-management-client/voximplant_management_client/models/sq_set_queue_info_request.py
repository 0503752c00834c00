from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sq_set_queue_info_request_call_agent_selection import (
    SQSetQueueInfoRequestCallAgentSelection,
    check_sq_set_queue_info_request_call_agent_selection,
)
from ..models.sq_set_queue_info_request_call_task_selection import (
    SQSetQueueInfoRequestCallTaskSelection,
    check_sq_set_queue_info_request_call_task_selection,
)
from ..models.sq_set_queue_info_request_im_agent_selection import (
    SQSetQueueInfoRequestImAgentSelection,
    check_sq_set_queue_info_request_im_agent_selection,
)
from ..models.sq_set_queue_info_request_im_task_selection import (
    SQSetQueueInfoRequestImTaskSelection,
    check_sq_set_queue_info_request_im_task_selection,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SQSetQueueInfoRequest")


@_attrs_define
class SQSetQueueInfoRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID to search by
        application_name (str | Unset): Application name to search by. Can be used instead of application_id
        call_agent_selection (SQSetQueueInfoRequestCallAgentSelection | Unset): Agent selection strategy for calls.
            Accepts one of the following values: “MOST_QUALIFIED”, “LEAST_QUALIFIED”, “MAX_WAITING_TIME”
        call_max_queue_size (int | Unset): Maximum size of the queue with CALL-type requests
        call_max_waiting_time (int | Unset): Maximum time in minutes that a CALL-type request can remain in the queue
            without being assigned to an agent. Specify either this parameter or call_max_waiting_time_in_seconds.
            Specifying both parameters simultaniously leads to an error
        call_max_waiting_time_in_seconds (int | Unset): Maximum call waiting time in seconds. Specify either this
            parameter or call_max_waiting_time. Specifying both parameters simultaniously leads to an error
        call_task_selection (SQSetQueueInfoRequestCallTaskSelection | Unset): Strategy of prioritizing CALL-type
            requests for service. Accepts one of the following values: “MAX_PRIORITY”, “MAX_WAITING_TIME”
        description (str | Unset): Comment, up to 200 characters
        fallback_agent_selection (str | Unset):
        hold_calls_if_inactive_agents (bool | Unset): Whether to keep the call task in the queue if all agents are in
            the DND/BANNED/OFFLINE statuses.
        hold_im_if_inactive_agents (bool | Unset): Whether to add the task to the queue if there are no available agents
        im_agent_selection (SQSetQueueInfoRequestImAgentSelection | Unset): Agent selection strategy for messages.
            Accepts one of the following values: “MOST_QUALIFIED”, “LEAST_QUALIFIED”, “MAX_WAITING_TIME”. The default value
            is call_agent_selection
        im_max_queue_size (int | Unset): Maximum size of the queue with IM-type requests
        im_max_waiting_time (int | Unset): Maximum time in minutes that an IM-type request can remain in the queue
            without being assigned to an agent. Specify either this parameter or im_max_waiting_time_in_seconds. Specifying
            both parameters simultaniously leads to an error
        im_max_waiting_time_in_seconds (int | Unset): Maximum chat message waiting time in seconds. Specify either this
            parameter or im_max_waiting_time. Specifying both parameters simultaniously leads to an error
        im_task_selection (SQSetQueueInfoRequestImTaskSelection | Unset): Strategy of prioritizing IM-type requests for
            service. Accepts one of the following values: “MAX_PRIORITY”, “MAX_WAITING_TIME”. The default value is
            call_task_selection
        new_sq_queue_name (str | Unset): New SmartQueue name within the application, up to 100 characters
        priority (int | Unset): The queue’s priority from 1 to 100
        sq_queue_id (int | Unset): ID of the SmartQueue to search for
        sq_queue_name (str | Unset): Name of the SmartQueue to search for. Can be used instead of sq_queue_id
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    call_agent_selection: SQSetQueueInfoRequestCallAgentSelection | Unset = UNSET
    call_max_queue_size: int | Unset = UNSET
    call_max_waiting_time: int | Unset = UNSET
    call_max_waiting_time_in_seconds: int | Unset = UNSET
    call_task_selection: SQSetQueueInfoRequestCallTaskSelection | Unset = UNSET
    description: str | Unset = UNSET
    fallback_agent_selection: str | Unset = UNSET
    hold_calls_if_inactive_agents: bool | Unset = UNSET
    hold_im_if_inactive_agents: bool | Unset = UNSET
    im_agent_selection: SQSetQueueInfoRequestImAgentSelection | Unset = UNSET
    im_max_queue_size: int | Unset = UNSET
    im_max_waiting_time: int | Unset = UNSET
    im_max_waiting_time_in_seconds: int | Unset = UNSET
    im_task_selection: SQSetQueueInfoRequestImTaskSelection | Unset = UNSET
    new_sq_queue_name: str | Unset = UNSET
    priority: int | Unset = UNSET
    sq_queue_id: int | Unset = UNSET
    sq_queue_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        call_agent_selection: str | Unset = UNSET
        if not isinstance(self.call_agent_selection, Unset):
            call_agent_selection = self.call_agent_selection

        call_max_queue_size = self.call_max_queue_size

        call_max_waiting_time = self.call_max_waiting_time

        call_max_waiting_time_in_seconds = self.call_max_waiting_time_in_seconds

        call_task_selection: str | Unset = UNSET
        if not isinstance(self.call_task_selection, Unset):
            call_task_selection = self.call_task_selection

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

        new_sq_queue_name = self.new_sq_queue_name

        priority = self.priority

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if call_agent_selection is not UNSET:
            field_dict["call_agent_selection"] = call_agent_selection
        if call_max_queue_size is not UNSET:
            field_dict["call_max_queue_size"] = call_max_queue_size
        if call_max_waiting_time is not UNSET:
            field_dict["call_max_waiting_time"] = call_max_waiting_time
        if call_max_waiting_time_in_seconds is not UNSET:
            field_dict["call_max_waiting_time_in_seconds"] = call_max_waiting_time_in_seconds
        if call_task_selection is not UNSET:
            field_dict["call_task_selection"] = call_task_selection
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
        if new_sq_queue_name is not UNSET:
            field_dict["new_sq_queue_name"] = new_sq_queue_name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if sq_queue_id is not UNSET:
            field_dict["sq_queue_id"] = sq_queue_id
        if sq_queue_name is not UNSET:
            field_dict["sq_queue_name"] = sq_queue_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        _call_agent_selection = d.pop("call_agent_selection", UNSET)
        call_agent_selection: SQSetQueueInfoRequestCallAgentSelection | Unset
        if isinstance(_call_agent_selection, Unset):
            call_agent_selection = UNSET
        else:
            call_agent_selection = check_sq_set_queue_info_request_call_agent_selection(_call_agent_selection)

        call_max_queue_size = d.pop("call_max_queue_size", UNSET)

        call_max_waiting_time = d.pop("call_max_waiting_time", UNSET)

        call_max_waiting_time_in_seconds = d.pop("call_max_waiting_time_in_seconds", UNSET)

        _call_task_selection = d.pop("call_task_selection", UNSET)
        call_task_selection: SQSetQueueInfoRequestCallTaskSelection | Unset
        if isinstance(_call_task_selection, Unset):
            call_task_selection = UNSET
        else:
            call_task_selection = check_sq_set_queue_info_request_call_task_selection(_call_task_selection)

        description = d.pop("description", UNSET)

        fallback_agent_selection = d.pop("fallback_agent_selection", UNSET)

        hold_calls_if_inactive_agents = d.pop("hold_calls_if_inactive_agents", UNSET)

        hold_im_if_inactive_agents = d.pop("hold_im_if_inactive_agents", UNSET)

        _im_agent_selection = d.pop("im_agent_selection", UNSET)
        im_agent_selection: SQSetQueueInfoRequestImAgentSelection | Unset
        if isinstance(_im_agent_selection, Unset):
            im_agent_selection = UNSET
        else:
            im_agent_selection = check_sq_set_queue_info_request_im_agent_selection(_im_agent_selection)

        im_max_queue_size = d.pop("im_max_queue_size", UNSET)

        im_max_waiting_time = d.pop("im_max_waiting_time", UNSET)

        im_max_waiting_time_in_seconds = d.pop("im_max_waiting_time_in_seconds", UNSET)

        _im_task_selection = d.pop("im_task_selection", UNSET)
        im_task_selection: SQSetQueueInfoRequestImTaskSelection | Unset
        if isinstance(_im_task_selection, Unset):
            im_task_selection = UNSET
        else:
            im_task_selection = check_sq_set_queue_info_request_im_task_selection(_im_task_selection)

        new_sq_queue_name = d.pop("new_sq_queue_name", UNSET)

        priority = d.pop("priority", UNSET)

        sq_queue_id = d.pop("sq_queue_id", UNSET)

        sq_queue_name = d.pop("sq_queue_name", UNSET)

        sq_set_queue_info_request = cls(
            application_id=application_id,
            application_name=application_name,
            call_agent_selection=call_agent_selection,
            call_max_queue_size=call_max_queue_size,
            call_max_waiting_time=call_max_waiting_time,
            call_max_waiting_time_in_seconds=call_max_waiting_time_in_seconds,
            call_task_selection=call_task_selection,
            description=description,
            fallback_agent_selection=fallback_agent_selection,
            hold_calls_if_inactive_agents=hold_calls_if_inactive_agents,
            hold_im_if_inactive_agents=hold_im_if_inactive_agents,
            im_agent_selection=im_agent_selection,
            im_max_queue_size=im_max_queue_size,
            im_max_waiting_time=im_max_waiting_time,
            im_max_waiting_time_in_seconds=im_max_waiting_time_in_seconds,
            im_task_selection=im_task_selection,
            new_sq_queue_name=new_sq_queue_name,
            priority=priority,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
        )

        sq_set_queue_info_request.additional_properties = d
        return sq_set_queue_info_request

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
