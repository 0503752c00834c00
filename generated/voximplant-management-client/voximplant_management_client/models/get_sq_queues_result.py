from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSQQueuesResult")


@_attrs_define
class GetSQQueuesResult:
    """
    Attributes:
        agent_selection (str): Agent selection strategy
        sq_queue_id (int): ID of the SmartQueue
        sq_queue_name (str): Name of the SmartQueue
        task_selection (str): Strategy of prioritizing requests for service
        agentcount (int | Unset): Number of agents bound to the queue
        call_max_queue_size (int | Unset): Maximum size of the queue with CALL-type requests
        call_max_waiting_time (int | Unset): Maximum time in minutes that a CALL-type request can remain in the queue
            without being assigned to an agent in minutes. If the value has been passed in seconds, this field is also
            present in the answer, rounded to the bigger number
        call_max_waiting_time_in_seconds (int | Unset): Maximum time in minutes that a CALL-type request can remain in
            the queue without being assigned to an agent in seconds. If the value has been passed in minutes, this field is
            also present in the answer
        created (str | Unset): UTC date of the queue creation in 24-h format: YYYY-MM-DD HH:mm:ss
        description (str | Unset): Comment
        hold_calls_if_inactive_agents (bool | Unset): Whether the call task is kept in the queue if all agents are
            unavailable
        hold_im_if_inactive_agents (bool | Unset): Whether the tasks are queued when there are no active agents
        im_max_queue_size (int | Unset): Maximum size of the queue with IM-type requests
        im_max_waiting_time (int | Unset): Maximum time in minutes that an IM-type request can remain in the queue
            without being assigned to an agent in minutes. If the value has been passed in seconds, this field is also
            present in the answer, rounded to the bigger number
        im_max_waiting_time_in_seconds (int | Unset): Maximum time in minutes that an IM-type request can remain in the
            queue without being assigned to an agent in seconds. If the value has been passed in minutes, this field is also
            present in the answer
        modified (str | Unset): UTC date of the queue modification in 24-h format: YYYY-MM-DD HH:mm:ss
    """

    agent_selection: str
    sq_queue_id: int
    sq_queue_name: str
    task_selection: str
    agentcount: int | Unset = UNSET
    call_max_queue_size: int | Unset = UNSET
    call_max_waiting_time: int | Unset = UNSET
    call_max_waiting_time_in_seconds: int | Unset = UNSET
    created: str | Unset = UNSET
    description: str | Unset = UNSET
    hold_calls_if_inactive_agents: bool | Unset = UNSET
    hold_im_if_inactive_agents: bool | Unset = UNSET
    im_max_queue_size: int | Unset = UNSET
    im_max_waiting_time: int | Unset = UNSET
    im_max_waiting_time_in_seconds: int | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_selection = self.agent_selection

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        task_selection = self.task_selection

        agentcount = self.agentcount

        call_max_queue_size = self.call_max_queue_size

        call_max_waiting_time = self.call_max_waiting_time

        call_max_waiting_time_in_seconds = self.call_max_waiting_time_in_seconds

        created = self.created

        description = self.description

        hold_calls_if_inactive_agents = self.hold_calls_if_inactive_agents

        hold_im_if_inactive_agents = self.hold_im_if_inactive_agents

        im_max_queue_size = self.im_max_queue_size

        im_max_waiting_time = self.im_max_waiting_time

        im_max_waiting_time_in_seconds = self.im_max_waiting_time_in_seconds

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_selection": agent_selection,
                "sq_queue_id": sq_queue_id,
                "sq_queue_name": sq_queue_name,
                "task_selection": task_selection,
            }
        )
        if agentcount is not UNSET:
            field_dict["agentcount"] = agentcount
        if call_max_queue_size is not UNSET:
            field_dict["call_max_queue_size"] = call_max_queue_size
        if call_max_waiting_time is not UNSET:
            field_dict["call_max_waiting_time"] = call_max_waiting_time
        if call_max_waiting_time_in_seconds is not UNSET:
            field_dict["call_max_waiting_time_in_seconds"] = call_max_waiting_time_in_seconds
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if hold_calls_if_inactive_agents is not UNSET:
            field_dict["hold_calls_if_inactive_agents"] = hold_calls_if_inactive_agents
        if hold_im_if_inactive_agents is not UNSET:
            field_dict["hold_im_if_inactive_agents"] = hold_im_if_inactive_agents
        if im_max_queue_size is not UNSET:
            field_dict["im_max_queue_size"] = im_max_queue_size
        if im_max_waiting_time is not UNSET:
            field_dict["im_max_waiting_time"] = im_max_waiting_time
        if im_max_waiting_time_in_seconds is not UNSET:
            field_dict["im_max_waiting_time_in_seconds"] = im_max_waiting_time_in_seconds
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_selection = d.pop("agent_selection")

        sq_queue_id = d.pop("sq_queue_id")

        sq_queue_name = d.pop("sq_queue_name")

        task_selection = d.pop("task_selection")

        agentcount = d.pop("agentcount", UNSET)

        call_max_queue_size = d.pop("call_max_queue_size", UNSET)

        call_max_waiting_time = d.pop("call_max_waiting_time", UNSET)

        call_max_waiting_time_in_seconds = d.pop("call_max_waiting_time_in_seconds", UNSET)

        created = d.pop("created", UNSET)

        description = d.pop("description", UNSET)

        hold_calls_if_inactive_agents = d.pop("hold_calls_if_inactive_agents", UNSET)

        hold_im_if_inactive_agents = d.pop("hold_im_if_inactive_agents", UNSET)

        im_max_queue_size = d.pop("im_max_queue_size", UNSET)

        im_max_waiting_time = d.pop("im_max_waiting_time", UNSET)

        im_max_waiting_time_in_seconds = d.pop("im_max_waiting_time_in_seconds", UNSET)

        modified = d.pop("modified", UNSET)

        get_sq_queues_result = cls(
            agent_selection=agent_selection,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
            task_selection=task_selection,
            agentcount=agentcount,
            call_max_queue_size=call_max_queue_size,
            call_max_waiting_time=call_max_waiting_time,
            call_max_waiting_time_in_seconds=call_max_waiting_time_in_seconds,
            created=created,
            description=description,
            hold_calls_if_inactive_agents=hold_calls_if_inactive_agents,
            hold_im_if_inactive_agents=hold_im_if_inactive_agents,
            im_max_queue_size=im_max_queue_size,
            im_max_waiting_time=im_max_waiting_time,
            im_max_waiting_time_in_seconds=im_max_waiting_time_in_seconds,
            modified=modified,
        )

        get_sq_queues_result.additional_properties = d
        return get_sq_queues_result

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
