from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_operator_status_statistics_detail import ACDOperatorStatusStatisticsDetail


T = TypeVar("T", bound="ACDOperatorStatusStatistics")


@_attrs_define
class ACDOperatorStatusStatistics:
    """
    Attributes:
        acd_status (list[ACDOperatorStatusStatisticsDetail]): The time spent per status
        date (str | Unset): The period's first day
        user_id (int | Unset): The operator
    """

    acd_status: list[ACDOperatorStatusStatisticsDetail]
    date: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_status = []
        for acd_status_item_data in self.acd_status:
            acd_status_item = acd_status_item_data.to_dict()
            acd_status.append(acd_status_item)

        date = self.date

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_status": acd_status,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_operator_status_statistics_detail import ACDOperatorStatusStatisticsDetail  # noqa: PLC0415

        d = dict(src_dict)
        acd_status = []
        _acd_status = d.pop("acd_status")
        for acd_status_item_data in _acd_status:
            acd_status_item = ACDOperatorStatusStatisticsDetail.from_dict(acd_status_item_data)

            acd_status.append(acd_status_item)

        date = d.pop("date", UNSET)

        user_id = d.pop("user_id", UNSET)

        acd_operator_status_statistics = cls(
            acd_status=acd_status,
            date=date,
            user_id=user_id,
        )

        acd_operator_status_statistics.additional_properties = d
        return acd_operator_status_statistics

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
