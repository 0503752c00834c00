from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Pagination of a search method (`_meta`).

    Attributes:
        total_count (int): Number of records that match the filters.
        page_count (int): Number of pages.
        current_page (int): Current page, 1-based.
        per_page (int): Records per page.
    """

    total_count: int
    page_count: int
    current_page: int
    per_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        page_count = self.page_count

        current_page = self.current_page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "pageCount": page_count,
                "currentPage": current_page,
                "perPage": per_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("totalCount")

        page_count = d.pop("pageCount")

        current_page = d.pop("currentPage")

        per_page = d.pop("perPage")

        meta = cls(
            total_count=total_count,
            page_count=page_count,
            current_page=current_page,
            per_page=per_page,
        )

        meta.additional_properties = d
        return meta

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
