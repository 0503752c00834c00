from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_skills import QueueSkills
    from ..models.queue_users import QueueUsers


T = TypeVar("T", bound="QueueInfo")


@_attrs_define
class QueueInfo:
    """
    Attributes:
        acd_queue_id (int): The ACD queue ID
        acd_queue_name (str): The queue name
        acd_queue_priority (int): The integer queue priority. The highest priority is 0
        auto_binding (bool): Whether to enable the auto binding of operators to a queue by skills comparing
        created (str): The ACD queue creating UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        modified (str): The ACD queue editing UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        service_probability (float): The value in the range of [0.5 … 1.0]. The value 1.0 means the service probability
            100% in challenge with a lower priority queue
        application_id (int | Unset): The application ID
        average_service_time (int | Unset): The average service time in seconds. Specify the parameter to correct or
            initialize the waiting time prediction
        deleted (str | Unset): The ACD queue deleting UTC date in 24-h format: YYYY-MM-DD HH:mm:ss
        max_queue_size (int | Unset): The maximum number of calls that can be enqueued into this queue
        max_waiting_time (int | Unset): The maximum predicted waiting time in minutes. When a call is going to be
            enqueued to the queue, its predicted waiting time should be less or equal to the maximum predicted waiting time;
            otherwise, a call would be rejected
        operatorcount (int | Unset): Number of agents bound to the queue
        skills (list[QueueSkills] | Unset): The queue skills info
        sl_thresholds (list[int] | Unset): The service level thresholds in seconds
        users (list[QueueUsers] | Unset): The queue users info
    """

    acd_queue_id: int
    acd_queue_name: str
    acd_queue_priority: int
    auto_binding: bool
    created: str
    modified: str
    service_probability: float
    application_id: int | Unset = UNSET
    average_service_time: int | Unset = UNSET
    deleted: str | Unset = UNSET
    max_queue_size: int | Unset = UNSET
    max_waiting_time: int | Unset = UNSET
    operatorcount: int | Unset = UNSET
    skills: list[QueueSkills] | Unset = UNSET
    sl_thresholds: list[int] | Unset = UNSET
    users: list[QueueUsers] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        acd_queue_name = self.acd_queue_name

        acd_queue_priority = self.acd_queue_priority

        auto_binding = self.auto_binding

        created = self.created

        modified = self.modified

        service_probability = self.service_probability

        application_id = self.application_id

        average_service_time = self.average_service_time

        deleted = self.deleted

        max_queue_size = self.max_queue_size

        max_waiting_time = self.max_waiting_time

        operatorcount = self.operatorcount

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        sl_thresholds: list[int] | Unset = UNSET
        if not isinstance(self.sl_thresholds, Unset):
            sl_thresholds = self.sl_thresholds

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
                "acd_queue_name": acd_queue_name,
                "acd_queue_priority": acd_queue_priority,
                "auto_binding": auto_binding,
                "created": created,
                "modified": modified,
                "service_probability": service_probability,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if average_service_time is not UNSET:
            field_dict["average_service_time"] = average_service_time
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if max_queue_size is not UNSET:
            field_dict["max_queue_size"] = max_queue_size
        if max_waiting_time is not UNSET:
            field_dict["max_waiting_time"] = max_waiting_time
        if operatorcount is not UNSET:
            field_dict["operatorcount"] = operatorcount
        if skills is not UNSET:
            field_dict["skills"] = skills
        if sl_thresholds is not UNSET:
            field_dict["sl_thresholds"] = sl_thresholds
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_skills import QueueSkills  # noqa: PLC0415
        from ..models.queue_users import QueueUsers  # noqa: PLC0415

        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        acd_queue_name = d.pop("acd_queue_name")

        acd_queue_priority = d.pop("acd_queue_priority")

        auto_binding = d.pop("auto_binding")

        created = d.pop("created")

        modified = d.pop("modified")

        service_probability = d.pop("service_probability")

        application_id = d.pop("application_id", UNSET)

        average_service_time = d.pop("average_service_time", UNSET)

        deleted = d.pop("deleted", UNSET)

        max_queue_size = d.pop("max_queue_size", UNSET)

        max_waiting_time = d.pop("max_waiting_time", UNSET)

        operatorcount = d.pop("operatorcount", UNSET)

        _skills = d.pop("skills", UNSET)
        skills: list[QueueSkills] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = QueueSkills.from_dict(skills_item_data)

                skills.append(skills_item)

        sl_thresholds = cast(list[int], d.pop("sl_thresholds", UNSET))

        _users = d.pop("users", UNSET)
        users: list[QueueUsers] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = QueueUsers.from_dict(users_item_data)

                users.append(users_item)

        queue_info = cls(
            acd_queue_id=acd_queue_id,
            acd_queue_name=acd_queue_name,
            acd_queue_priority=acd_queue_priority,
            auto_binding=auto_binding,
            created=created,
            modified=modified,
            service_probability=service_probability,
            application_id=application_id,
            average_service_time=average_service_time,
            deleted=deleted,
            max_queue_size=max_queue_size,
            max_waiting_time=max_waiting_time,
            operatorcount=operatorcount,
            skills=skills,
            sl_thresholds=sl_thresholds,
            users=users,
        )

        queue_info.additional_properties = d
        return queue_info

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
