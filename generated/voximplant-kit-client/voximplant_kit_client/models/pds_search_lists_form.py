from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsSearchListsForm")


@_attrs_define
class PdsSearchListsForm:
    """searchCampaignLists parameters.

    Attributes:
        id (int | Unset): List id.
        status (str | Unset): List status filter. JSON text of an array.
        agent_campaign_id (int | Unset): Campaign filter.
    """

    id: int | Unset = UNSET
    status: str | Unset = UNSET
    agent_campaign_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        agent_campaign_id = self.agent_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if agent_campaign_id is not UNSET:
            field_dict["agent_campaign_id"] = agent_campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        agent_campaign_id = d.pop("agent_campaign_id", UNSET)

        pds_search_lists_form = cls(
            id=id,
            status=status,
            agent_campaign_id=agent_campaign_id,
        )

        pds_search_lists_form.additional_properties = d
        return pds_search_lists_form

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
