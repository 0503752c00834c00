from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimelinePendingItem")


@_attrs_define
class TimelinePendingItem:
    """
    Attributes:
        id (int):
        due (float):
        topic (str):
        key (None | str):
        payload (Any):
    """

    id: int
    due: float
    topic: str
    key: None | str
    payload: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        due = self.due

        topic = self.topic

        key: None | str
        key = self.key

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "due": due,
                "topic": topic,
                "key": key,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        due = d.pop("due")

        topic = d.pop("topic")

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        payload = d.pop("payload")

        timeline_pending_item = cls(
            id=id,
            due=due,
            topic=topic,
            key=key,
            payload=payload,
        )

        timeline_pending_item.additional_properties = d
        return timeline_pending_item

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
