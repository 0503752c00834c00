from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smart_queue_state_agent import SmartQueueStateAgent
    from ..models.smart_queue_state_task import SmartQueueStateTask


T = TypeVar("T", bound="SmartQueueState")


@_attrs_define
class SmartQueueState:
    """
    Attributes:
        sq_agents (list[SmartQueueStateAgent]): The list of logged-in agents with their skills and statuses
        sq_queue_id (int): The SmartQueue ID
        sq_queue_name (str): The SmartQueue name
        tasks (list[SmartQueueStateTask]): The list of tasks
    """

    sq_agents: list[SmartQueueStateAgent]
    sq_queue_id: int
    sq_queue_name: str
    tasks: list[SmartQueueStateTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sq_agents = []
        for sq_agents_item_data in self.sq_agents:
            sq_agents_item = sq_agents_item_data.to_dict()
            sq_agents.append(sq_agents_item)

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sq_agents": sq_agents,
                "sq_queue_id": sq_queue_id,
                "sq_queue_name": sq_queue_name,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_queue_state_agent import SmartQueueStateAgent  # noqa: PLC0415
        from ..models.smart_queue_state_task import SmartQueueStateTask  # noqa: PLC0415

        d = dict(src_dict)
        sq_agents = []
        _sq_agents = d.pop("sq_agents")
        for sq_agents_item_data in _sq_agents:
            sq_agents_item = SmartQueueStateAgent.from_dict(sq_agents_item_data)

            sq_agents.append(sq_agents_item)

        sq_queue_id = d.pop("sq_queue_id")

        sq_queue_name = d.pop("sq_queue_name")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = SmartQueueStateTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        smart_queue_state = cls(
            sq_agents=sq_agents,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
            tasks=tasks,
        )

        smart_queue_state.additional_properties = d
        return smart_queue_state

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
