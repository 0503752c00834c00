from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_queue_state_task_status import SmartQueueStateTaskStatus, check_smart_queue_state_task_status
from ..models.smart_queue_state_task_task_type import (
    SmartQueueStateTaskTaskType,
    check_smart_queue_state_task_task_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_queue_task_skill import SmartQueueTaskSkill


T = TypeVar("T", bound="SmartQueueStateTask")


@_attrs_define
class SmartQueueStateTask:
    """
    Attributes:
        processing_time (int): Processing time in ms
        sq_skills (list[SmartQueueTaskSkill]): Task skills
        status (SmartQueueStateTaskStatus): The task status. Possible values are IN_QUEUE, DISTRIBUTED, IN_PROCESSING
        task_type (SmartQueueStateTaskTaskType): The task type. Possible values are CALL, IM
        waiting_time (int): Waiting time in ms
        custom_data (str | Unset): Custom data text string for the current task. You can set the custom data in the
            enqueueTask(/docs/references/voxengine/voxengine/enqueuetask#enqueuetask) method
        user_id (int | Unset): Selected agent
    """

    processing_time: int
    sq_skills: list[SmartQueueTaskSkill]
    status: SmartQueueStateTaskStatus
    task_type: SmartQueueStateTaskTaskType
    waiting_time: int
    custom_data: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing_time = self.processing_time

        sq_skills = []
        for sq_skills_item_data in self.sq_skills:
            sq_skills_item = sq_skills_item_data.to_dict()
            sq_skills.append(sq_skills_item)

        status: str = self.status

        task_type: str = self.task_type

        waiting_time = self.waiting_time

        custom_data = self.custom_data

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processing_time": processing_time,
                "sq_skills": sq_skills,
                "status": status,
                "task_type": task_type,
                "waiting_time": waiting_time,
            }
        )
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_queue_task_skill import SmartQueueTaskSkill  # noqa: PLC0415

        d = dict(src_dict)
        processing_time = d.pop("processing_time")

        sq_skills = []
        _sq_skills = d.pop("sq_skills")
        for sq_skills_item_data in _sq_skills:
            sq_skills_item = SmartQueueTaskSkill.from_dict(sq_skills_item_data)

            sq_skills.append(sq_skills_item)

        status = check_smart_queue_state_task_status(d.pop("status"))

        task_type = check_smart_queue_state_task_task_type(d.pop("task_type"))

        waiting_time = d.pop("waiting_time")

        custom_data = d.pop("custom_data", UNSET)

        user_id = d.pop("user_id", UNSET)

        smart_queue_state_task = cls(
            processing_time=processing_time,
            sq_skills=sq_skills,
            status=status,
            task_type=task_type,
            waiting_time=waiting_time,
            custom_data=custom_data,
            user_id=user_id,
        )

        smart_queue_state_task.additional_properties = d
        return smart_queue_state_task

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
