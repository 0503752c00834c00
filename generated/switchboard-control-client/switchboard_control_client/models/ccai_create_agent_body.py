from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ccai_create_agent_body_status import CcaiCreateAgentBodyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CcaiCreateAgentBody")


@_attrs_define
class CcaiCreateAgentBody:
    """
    Attributes:
        email (str):
        first_name (str | Unset):
        last_name (str | Unset):
        agent_number (None | str | Unset):
        avatar_url (None | str | Unset):
        status (CcaiCreateAgentBodyStatus | Unset):
        can_make_calls (bool | Unset):
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    agent_number: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    status: CcaiCreateAgentBodyStatus | Unset = UNSET
    can_make_calls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        agent_number: None | str | Unset
        if isinstance(self.agent_number, Unset):
            agent_number = UNSET
        else:
            agent_number = self.agent_number

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        can_make_calls = self.can_make_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if agent_number is not UNSET:
            field_dict["agent_number"] = agent_number
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if status is not UNSET:
            field_dict["status"] = status
        if can_make_calls is not UNSET:
            field_dict["can_make_calls"] = can_make_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_agent_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_number = _parse_agent_number(d.pop("agent_number", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        _status = d.pop("status", UNSET)
        status: CcaiCreateAgentBodyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CcaiCreateAgentBodyStatus(_status)

        can_make_calls = d.pop("can_make_calls", UNSET)

        ccai_create_agent_body = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            agent_number=agent_number,
            avatar_url=avatar_url,
            status=status,
            can_make_calls=can_make_calls,
        )

        ccai_create_agent_body.additional_properties = d
        return ccai_create_agent_body

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
