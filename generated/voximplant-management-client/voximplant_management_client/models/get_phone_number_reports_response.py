from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_report import CommonReport


T = TypeVar("T", bound="GetPhoneNumberReportsResponse")


@_attrs_define
class GetPhoneNumberReportsResponse:
    """
    Attributes:
        result (list[CommonReport]): The reports
        count (int | Unset): The number of records returned
        total_count (int | Unset): The total number of records found
    """

    result: list[CommonReport]
    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        count = self.count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.common_report import CommonReport  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = CommonReport.from_dict(result_item_data)

            result.append(result_item)

        count = d.pop("count", UNSET)

        total_count = d.pop("total_count", UNSET)

        get_phone_number_reports_response = cls(
            result=result,
            count=count,
            total_count=total_count,
        )

        get_phone_number_reports_response.additional_properties = d
        return get_phone_number_reports_response

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
