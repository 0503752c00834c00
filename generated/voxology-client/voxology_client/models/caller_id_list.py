from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.caller_id import CallerId
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CallerIdList")


@_attrs_define
class CallerIdList:
    """
    Attributes:
        caller_ids (list[CallerId]):
        pagination (Pagination): Information about the pagination.
    """

    caller_ids: list[CallerId]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_ids = []
        for caller_ids_item_data in self.caller_ids:
            caller_ids_item = caller_ids_item_data.to_dict()
            caller_ids.append(caller_ids_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller_ids": caller_ids,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_id import CallerId  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        caller_ids = []
        _caller_ids = d.pop("caller_ids")
        for caller_ids_item_data in _caller_ids:
            caller_ids_item = CallerId.from_dict(caller_ids_item_data)

            caller_ids.append(caller_ids_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        caller_id_list = cls(
            caller_ids=caller_ids,
            pagination=pagination,
        )

        caller_id_list.additional_properties = d
        return caller_id_list

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
