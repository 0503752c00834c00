from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_statistics_item import ACDStatisticsItem


T = TypeVar("T", bound="ACDOperatorStatistics")


@_attrs_define
class ACDOperatorStatistics:
    """
    Attributes:
        acd_queue_id (int | Unset): The queue
        user_id (int | Unset): The operator
        date (str | Unset): The period's first day
        sa (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        tt (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        acw (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        ht (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
    """

    acd_queue_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    date: str | Unset = UNSET
    sa: ACDStatisticsItem | Unset = UNSET
    tt: ACDStatisticsItem | Unset = UNSET
    acw: ACDStatisticsItem | Unset = UNSET
    ht: ACDStatisticsItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        user_id = self.user_id

        date = self.date

        sa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sa, Unset):
            sa = self.sa.to_dict()

        tt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tt, Unset):
            tt = self.tt.to_dict()

        acw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acw, Unset):
            acw = self.acw.to_dict()

        ht: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ht, Unset):
            ht = self.ht.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acd_queue_id is not UNSET:
            field_dict["acd_queue_id"] = acd_queue_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date is not UNSET:
            field_dict["date"] = date
        if sa is not UNSET:
            field_dict["SA"] = sa
        if tt is not UNSET:
            field_dict["TT"] = tt
        if acw is not UNSET:
            field_dict["ACW"] = acw
        if ht is not UNSET:
            field_dict["HT"] = ht

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_statistics_item import ACDStatisticsItem  # noqa: PLC0415

        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        date = d.pop("date", UNSET)

        _sa = d.pop("SA", UNSET)
        sa: ACDStatisticsItem | Unset
        if isinstance(_sa, Unset):
            sa = UNSET
        else:
            sa = ACDStatisticsItem.from_dict(_sa)

        _tt = d.pop("TT", UNSET)
        tt: ACDStatisticsItem | Unset
        if isinstance(_tt, Unset):
            tt = UNSET
        else:
            tt = ACDStatisticsItem.from_dict(_tt)

        _acw = d.pop("ACW", UNSET)
        acw: ACDStatisticsItem | Unset
        if isinstance(_acw, Unset):
            acw = UNSET
        else:
            acw = ACDStatisticsItem.from_dict(_acw)

        _ht = d.pop("HT", UNSET)
        ht: ACDStatisticsItem | Unset
        if isinstance(_ht, Unset):
            ht = UNSET
        else:
            ht = ACDStatisticsItem.from_dict(_ht)

        acd_operator_statistics = cls(
            acd_queue_id=acd_queue_id,
            user_id=user_id,
            date=date,
            sa=sa,
            tt=tt,
            acw=acw,
            ht=ht,
        )

        acd_operator_statistics.additional_properties = d
        return acd_operator_statistics

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
