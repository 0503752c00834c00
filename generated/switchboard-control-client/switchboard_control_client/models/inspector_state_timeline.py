from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inspector_state_timeline_pending_item import InspectorStateTimelinePendingItem


T = TypeVar("T", bound="InspectorStateTimeline")


@_attrs_define
class InspectorStateTimeline:
    """
    Attributes:
        pending (list[InspectorStateTimelinePendingItem] | Unset):
        failures (list[str] | Unset):
    """

    pending: list[InspectorStateTimelinePendingItem] | Unset = UNSET
    failures: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = []
            for pending_item_data in self.pending:
                pending_item = pending_item_data.to_dict()
                pending.append(pending_item)

        failures: list[str] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = self.failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if failures is not UNSET:
            field_dict["failures"] = failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inspector_state_timeline_pending_item import InspectorStateTimelinePendingItem  # noqa: PLC0415

        d = dict(src_dict)
        _pending = d.pop("pending", UNSET)
        pending: list[InspectorStateTimelinePendingItem] | Unset = UNSET
        if _pending is not UNSET:
            pending = []
            for pending_item_data in _pending:
                pending_item = InspectorStateTimelinePendingItem.from_dict(pending_item_data)

                pending.append(pending_item)

        failures = cast(list[str], d.pop("failures", UNSET))

        inspector_state_timeline = cls(
            pending=pending,
            failures=failures,
        )

        inspector_state_timeline.additional_properties = d
        return inspector_state_timeline

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
