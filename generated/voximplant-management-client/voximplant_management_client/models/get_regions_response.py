from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.regulation_region_record import RegulationRegionRecord


T = TypeVar("T", bound="GetRegionsResponse")


@_attrs_define
class GetRegionsResponse:
    """
    Attributes:
        result (list[RegulationRegionRecord]): The regions
        total_count (int): The total number of records found
        count (int | Unset): The number of records returned
    """

    result: list[RegulationRegionRecord]
    total_count: int
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        total_count = self.total_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "total_count": total_count,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.regulation_region_record import RegulationRegionRecord  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = RegulationRegionRecord.from_dict(result_item_data)

            result.append(result_item)

        total_count = d.pop("total_count")

        count = d.pop("count", UNSET)

        get_regions_response = cls(
            result=result,
            total_count=total_count,
            count=count,
        )

        get_regions_response.additional_properties = d
        return get_regions_response

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
