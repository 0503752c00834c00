from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smart_queue_agent_skill import SmartQueueAgentSkill
    from ..models.smart_queue_state_agent_status import SmartQueueStateAgentStatus


T = TypeVar("T", bound="SmartQueueStateAgent")


@_attrs_define
class SmartQueueStateAgent:
    """
    Attributes:
        sq_skills (list[SmartQueueAgentSkill]): Agent skills
        sq_statuses (list[SmartQueueStateAgentStatus]): Agent statuses info
        user_display_name (str): The display user name
        user_id (int): The user ID
        user_name (str): The user name
    """

    sq_skills: list[SmartQueueAgentSkill]
    sq_statuses: list[SmartQueueStateAgentStatus]
    user_display_name: str
    user_id: int
    user_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sq_skills = []
        for sq_skills_item_data in self.sq_skills:
            sq_skills_item = sq_skills_item_data.to_dict()
            sq_skills.append(sq_skills_item)

        sq_statuses = []
        for sq_statuses_item_data in self.sq_statuses:
            sq_statuses_item = sq_statuses_item_data.to_dict()
            sq_statuses.append(sq_statuses_item)

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sq_skills": sq_skills,
                "sq_statuses": sq_statuses,
                "user_display_name": user_display_name,
                "user_id": user_id,
                "user_name": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_queue_agent_skill import SmartQueueAgentSkill  # noqa: PLC0415
        from ..models.smart_queue_state_agent_status import SmartQueueStateAgentStatus  # noqa: PLC0415

        d = dict(src_dict)
        sq_skills = []
        _sq_skills = d.pop("sq_skills")
        for sq_skills_item_data in _sq_skills:
            sq_skills_item = SmartQueueAgentSkill.from_dict(sq_skills_item_data)

            sq_skills.append(sq_skills_item)

        sq_statuses = []
        _sq_statuses = d.pop("sq_statuses")
        for sq_statuses_item_data in _sq_statuses:
            sq_statuses_item = SmartQueueStateAgentStatus.from_dict(sq_statuses_item_data)

            sq_statuses.append(sq_statuses_item)

        user_display_name = d.pop("user_display_name")

        user_id = d.pop("user_id")

        user_name = d.pop("user_name")

        smart_queue_state_agent = cls(
            sq_skills=sq_skills,
            sq_statuses=sq_statuses,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
        )

        smart_queue_state_agent.additional_properties = d
        return smart_queue_state_agent

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
