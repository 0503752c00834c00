from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentInfo")


@_attrs_define
class AgentInfo:
    """Agent summary.

    Attributes:
        id (int): Agent (user) ID.
        name (str): Full name, e.g. "Admin UJET".
        last_name (str): Last name.
        first_name (str): First name.
        agent_number (None | str): Agent number; null in the examples.
        avatar_url (str): Avatar image URL.
    """

    id: int
    name: str
    last_name: str
    first_name: str
    agent_number: None | str
    avatar_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        last_name = self.last_name

        first_name = self.first_name

        agent_number: None | str
        agent_number = self.agent_number

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "last_name": last_name,
                "first_name": first_name,
                "agent_number": agent_number,
                "avatar_url": avatar_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        last_name = d.pop("last_name")

        first_name = d.pop("first_name")

        def _parse_agent_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_number = _parse_agent_number(d.pop("agent_number"))

        avatar_url = d.pop("avatar_url")

        agent_info = cls(
            id=id,
            name=name,
            last_name=last_name,
            first_name=first_name,
            agent_number=agent_number,
            avatar_url=avatar_url,
        )

        agent_info.additional_properties = d
        return agent_info

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
