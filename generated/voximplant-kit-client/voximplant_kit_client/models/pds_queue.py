from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsQueue")


@_attrs_define
class PdsQueue:
    """The queue created with a PDS campaign.

    Attributes:
        id (int | Unset): Queue ID.
        title (str | Unset): Queue name (the campaign title).
        operator_priority_strategy (str | Unset): Agent selection rule.
        request_priority_strategy (str | Unset): Task ordering rule.
        afterservice_time_limit_enabled (bool | Unset): After-call work limited.
        afterservice_time_limit (int | None | Unset): After-call work limit, seconds.
        agents_can_end_calls (bool | Unset): Agents may hang up.
        agents_can_decline_calls (bool | Unset): Agents may decline.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    operator_priority_strategy: str | Unset = UNSET
    request_priority_strategy: str | Unset = UNSET
    afterservice_time_limit_enabled: bool | Unset = UNSET
    afterservice_time_limit: int | None | Unset = UNSET
    agents_can_end_calls: bool | Unset = UNSET
    agents_can_decline_calls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        operator_priority_strategy = self.operator_priority_strategy

        request_priority_strategy = self.request_priority_strategy

        afterservice_time_limit_enabled = self.afterservice_time_limit_enabled

        afterservice_time_limit: int | None | Unset
        if isinstance(self.afterservice_time_limit, Unset):
            afterservice_time_limit = UNSET
        else:
            afterservice_time_limit = self.afterservice_time_limit

        agents_can_end_calls = self.agents_can_end_calls

        agents_can_decline_calls = self.agents_can_decline_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if operator_priority_strategy is not UNSET:
            field_dict["operator_priority_strategy"] = operator_priority_strategy
        if request_priority_strategy is not UNSET:
            field_dict["request_priority_strategy"] = request_priority_strategy
        if afterservice_time_limit_enabled is not UNSET:
            field_dict["afterservice_time_limit_enabled"] = afterservice_time_limit_enabled
        if afterservice_time_limit is not UNSET:
            field_dict["afterservice_time_limit"] = afterservice_time_limit
        if agents_can_end_calls is not UNSET:
            field_dict["agents_can_end_calls"] = agents_can_end_calls
        if agents_can_decline_calls is not UNSET:
            field_dict["agents_can_decline_calls"] = agents_can_decline_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        operator_priority_strategy = d.pop("operator_priority_strategy", UNSET)

        request_priority_strategy = d.pop("request_priority_strategy", UNSET)

        afterservice_time_limit_enabled = d.pop("afterservice_time_limit_enabled", UNSET)

        def _parse_afterservice_time_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        afterservice_time_limit = _parse_afterservice_time_limit(d.pop("afterservice_time_limit", UNSET))

        agents_can_end_calls = d.pop("agents_can_end_calls", UNSET)

        agents_can_decline_calls = d.pop("agents_can_decline_calls", UNSET)

        pds_queue = cls(
            id=id,
            title=title,
            operator_priority_strategy=operator_priority_strategy,
            request_priority_strategy=request_priority_strategy,
            afterservice_time_limit_enabled=afterservice_time_limit_enabled,
            afterservice_time_limit=afterservice_time_limit,
            agents_can_end_calls=agents_can_end_calls,
            agents_can_decline_calls=agents_can_decline_calls,
        )

        pds_queue.additional_properties = d
        return pds_queue

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
