from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PdsStatusCounts")


@_attrs_define
class PdsStatusCounts:
    """Account-wide count of PDS campaigns per status.

    Attributes:
        draft (int): Campaigns in draft.
        paused (int): Campaigns in paused.
        ongoing (int): Campaigns in ongoing.
        scheduled (int): Campaigns in scheduled.
        completed (int): Campaigns in completed.
        total (int): All campaigns.
    """

    draft: int
    paused: int
    ongoing: int
    scheduled: int
    completed: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft = self.draft

        paused = self.paused

        ongoing = self.ongoing

        scheduled = self.scheduled

        completed = self.completed

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
                "paused": paused,
                "ongoing": ongoing,
                "scheduled": scheduled,
                "completed": completed,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        draft = d.pop("draft")

        paused = d.pop("paused")

        ongoing = d.pop("ongoing")

        scheduled = d.pop("scheduled")

        completed = d.pop("completed")

        total = d.pop("total")

        pds_status_counts = cls(
            draft=draft,
            paused=paused,
            ongoing=ongoing,
            scheduled=scheduled,
            completed=completed,
            total=total,
        )

        pds_status_counts.additional_properties = d
        return pds_status_counts

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
