from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_sq_agents_result_sq_queues_item import GetSQAgentsResultSqQueuesItem
    from ..models.get_sq_agents_result_sq_skills_item import GetSQAgentsResultSqSkillsItem
    from ..models.smart_queue_state_agent_status import SmartQueueStateAgentStatus


T = TypeVar("T", bound="GetSQAgentsResult")


@_attrs_define
class GetSQAgentsResult:
    """
    Attributes:
        max_simultaneous_conversations (int | Unset): Maximum number of chats that the user processes simultaneously
        sq_queues (list[GetSQAgentsResultSqQueuesItem] | Unset): JSON array of the agent’s queues
        sq_skills (list[GetSQAgentsResultSqSkillsItem] | Unset): JSON array of the agent’s skills
        sq_statuses (list[SmartQueueStateAgentStatus] | Unset): Agent statuses info
        user_display_name (str | Unset): Display name of the user
        user_id (int | Unset): ID of the user
        user_name (str | Unset): Name of the user
    """

    max_simultaneous_conversations: int | Unset = UNSET
    sq_queues: list[GetSQAgentsResultSqQueuesItem] | Unset = UNSET
    sq_skills: list[GetSQAgentsResultSqSkillsItem] | Unset = UNSET
    sq_statuses: list[SmartQueueStateAgentStatus] | Unset = UNSET
    user_display_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_simultaneous_conversations = self.max_simultaneous_conversations

        sq_queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sq_queues, Unset):
            sq_queues = []
            for sq_queues_item_data in self.sq_queues:
                sq_queues_item = sq_queues_item_data.to_dict()
                sq_queues.append(sq_queues_item)

        sq_skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sq_skills, Unset):
            sq_skills = []
            for sq_skills_item_data in self.sq_skills:
                sq_skills_item = sq_skills_item_data.to_dict()
                sq_skills.append(sq_skills_item)

        sq_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sq_statuses, Unset):
            sq_statuses = []
            for sq_statuses_item_data in self.sq_statuses:
                sq_statuses_item = sq_statuses_item_data.to_dict()
                sq_statuses.append(sq_statuses_item)

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_simultaneous_conversations is not UNSET:
            field_dict["max_simultaneous_conversations"] = max_simultaneous_conversations
        if sq_queues is not UNSET:
            field_dict["sq_queues"] = sq_queues
        if sq_skills is not UNSET:
            field_dict["sq_skills"] = sq_skills
        if sq_statuses is not UNSET:
            field_dict["sq_statuses"] = sq_statuses
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_sq_agents_result_sq_queues_item import GetSQAgentsResultSqQueuesItem  # noqa: PLC0415
        from ..models.get_sq_agents_result_sq_skills_item import GetSQAgentsResultSqSkillsItem  # noqa: PLC0415
        from ..models.smart_queue_state_agent_status import SmartQueueStateAgentStatus  # noqa: PLC0415

        d = dict(src_dict)
        max_simultaneous_conversations = d.pop("max_simultaneous_conversations", UNSET)

        _sq_queues = d.pop("sq_queues", UNSET)
        sq_queues: list[GetSQAgentsResultSqQueuesItem] | Unset = UNSET
        if _sq_queues is not UNSET:
            sq_queues = []
            for sq_queues_item_data in _sq_queues:
                sq_queues_item = GetSQAgentsResultSqQueuesItem.from_dict(sq_queues_item_data)

                sq_queues.append(sq_queues_item)

        _sq_skills = d.pop("sq_skills", UNSET)
        sq_skills: list[GetSQAgentsResultSqSkillsItem] | Unset = UNSET
        if _sq_skills is not UNSET:
            sq_skills = []
            for sq_skills_item_data in _sq_skills:
                sq_skills_item = GetSQAgentsResultSqSkillsItem.from_dict(sq_skills_item_data)

                sq_skills.append(sq_skills_item)

        _sq_statuses = d.pop("sq_statuses", UNSET)
        sq_statuses: list[SmartQueueStateAgentStatus] | Unset = UNSET
        if _sq_statuses is not UNSET:
            sq_statuses = []
            for sq_statuses_item_data in _sq_statuses:
                sq_statuses_item = SmartQueueStateAgentStatus.from_dict(sq_statuses_item_data)

                sq_statuses.append(sq_statuses_item)

        user_display_name = d.pop("user_display_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        get_sq_agents_result = cls(
            max_simultaneous_conversations=max_simultaneous_conversations,
            sq_queues=sq_queues,
            sq_skills=sq_skills,
            sq_statuses=sq_statuses,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
        )

        get_sq_agents_result.additional_properties = d
        return get_sq_agents_result

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
