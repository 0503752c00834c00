from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmartQueueAgentSkill")


@_attrs_define
class SmartQueueAgentSkill:
    """
    Attributes:
        sq_skill_id (int): The agent skill ID
        sq_skill_level (int): The agent skill level
        sq_skill_name (str): The agent skill name
    """

    sq_skill_id: int
    sq_skill_level: int
    sq_skill_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sq_skill_id = self.sq_skill_id

        sq_skill_level = self.sq_skill_level

        sq_skill_name = self.sq_skill_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sq_skill_id": sq_skill_id,
                "sq_skill_level": sq_skill_level,
                "sq_skill_name": sq_skill_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sq_skill_id = d.pop("sq_skill_id")

        sq_skill_level = d.pop("sq_skill_level")

        sq_skill_name = d.pop("sq_skill_name")

        smart_queue_agent_skill = cls(
            sq_skill_id=sq_skill_id,
            sq_skill_level=sq_skill_level,
            sq_skill_name=sq_skill_name,
        )

        smart_queue_agent_skill.additional_properties = d
        return smart_queue_agent_skill

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
