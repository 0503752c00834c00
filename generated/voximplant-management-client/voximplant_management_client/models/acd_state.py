from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.acd_queue_state import ACDQueueState


T = TypeVar("T", bound="ACDState")


@_attrs_define
class ACDState:
    """
    Attributes:
        acd_queues (list[ACDQueueState]): The queues’ states
    """

    acd_queues: list[ACDQueueState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queues = []
        for acd_queues_item_data in self.acd_queues:
            acd_queues_item = acd_queues_item_data.to_dict()
            acd_queues.append(acd_queues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queues": acd_queues,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_queue_state import ACDQueueState  # noqa: PLC0415

        d = dict(src_dict)
        acd_queues = []
        _acd_queues = d.pop("acd_queues")
        for acd_queues_item_data in _acd_queues:
            acd_queues_item = ACDQueueState.from_dict(acd_queues_item_data)

            acd_queues.append(acd_queues_item)

        acd_state = cls(
            acd_queues=acd_queues,
        )

        acd_state.additional_properties = d
        return acd_state

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
