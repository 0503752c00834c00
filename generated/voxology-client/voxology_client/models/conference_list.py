from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conference import Conference


T = TypeVar("T", bound="ConferenceList")


@_attrs_define
class ConferenceList:
    """
    Attributes:
        conferences (list[Conference]):
    """

    conferences: list[Conference]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conferences = []
        for conferences_item_data in self.conferences:
            conferences_item = conferences_item_data.to_dict()
            conferences.append(conferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conferences": conferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conference import Conference  # noqa: PLC0415

        d = dict(src_dict)
        conferences = []
        _conferences = d.pop("conferences")
        for conferences_item_data in _conferences:
            conferences_item = Conference.from_dict(conferences_item_data)

            conferences.append(conferences_item)

        conference_list = cls(
            conferences=conferences,
        )

        conference_list.additional_properties = d
        return conference_list

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
