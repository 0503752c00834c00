from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_queue_metrics_groups_values import SmartQueueMetricsGroupsValues


T = TypeVar("T", bound="SmartQueueMetricsGroups")


@_attrs_define
class SmartQueueMetricsGroups:
    """
    Attributes:
        values (list[SmartQueueMetricsGroupsValues]): The group values
        sq_queue_id (int | Unset): The SmartQueue ID
        sq_queue_name (str | Unset): The SmartQueue name
        user_display_name (str | Unset): The user display name
        user_id (int | Unset): The user ID
        user_name (str | Unset): The user name
    """

    values: list[SmartQueueMetricsGroupsValues]
    sq_queue_id: int | Unset = UNSET
    sq_queue_name: str | Unset = UNSET
    user_display_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        user_display_name = self.user_display_name

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if sq_queue_id is not UNSET:
            field_dict["sq_queue_id"] = sq_queue_id
        if sq_queue_name is not UNSET:
            field_dict["sq_queue_name"] = sq_queue_name
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_queue_metrics_groups_values import SmartQueueMetricsGroupsValues  # noqa: PLC0415

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = SmartQueueMetricsGroupsValues.from_dict(values_item_data)

            values.append(values_item)

        sq_queue_id = d.pop("sq_queue_id", UNSET)

        sq_queue_name = d.pop("sq_queue_name", UNSET)

        user_display_name = d.pop("user_display_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        smart_queue_metrics_groups = cls(
            values=values,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
            user_display_name=user_display_name,
            user_id=user_id,
            user_name=user_name,
        )

        smart_queue_metrics_groups.additional_properties = d
        return smart_queue_metrics_groups

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
