from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_queue_service_level import ACDQueueServiceLevel
    from ..models.acd_statistics_calls import ACDStatisticsCalls
    from ..models.acd_statistics_item import ACDStatisticsItem


T = TypeVar("T", bound="ACDQueueStatistics")


@_attrs_define
class ACDQueueStatistics:
    """
    Attributes:
        acd_queue_id (int): The queue
        date (str | Unset): The period's first day
        wt (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        sa (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        at (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        ht (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        tt (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        acw (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        ql (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
        ac (list[ACDStatisticsCalls] | Unset): Answered calls
        uac (list[ACDStatisticsCalls] | Unset): Unanswered calls
        rc (list[ACDStatisticsCalls] | Unset): Rejected calls
        sl (list[ACDQueueServiceLevel] | Unset): The service level
    """

    acd_queue_id: int
    date: str | Unset = UNSET
    wt: ACDStatisticsItem | Unset = UNSET
    sa: ACDStatisticsItem | Unset = UNSET
    at: ACDStatisticsItem | Unset = UNSET
    ht: ACDStatisticsItem | Unset = UNSET
    tt: ACDStatisticsItem | Unset = UNSET
    acw: ACDStatisticsItem | Unset = UNSET
    ql: ACDStatisticsItem | Unset = UNSET
    ac: list[ACDStatisticsCalls] | Unset = UNSET
    uac: list[ACDStatisticsCalls] | Unset = UNSET
    rc: list[ACDStatisticsCalls] | Unset = UNSET
    sl: list[ACDQueueServiceLevel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_queue_id = self.acd_queue_id

        date = self.date

        wt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wt, Unset):
            wt = self.wt.to_dict()

        sa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sa, Unset):
            sa = self.sa.to_dict()

        at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.to_dict()

        ht: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ht, Unset):
            ht = self.ht.to_dict()

        tt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tt, Unset):
            tt = self.tt.to_dict()

        acw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acw, Unset):
            acw = self.acw.to_dict()

        ql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ql, Unset):
            ql = self.ql.to_dict()

        ac: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ac, Unset):
            ac = []
            for ac_item_data in self.ac:
                ac_item = ac_item_data.to_dict()
                ac.append(ac_item)

        uac: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uac, Unset):
            uac = []
            for uac_item_data in self.uac:
                uac_item = uac_item_data.to_dict()
                uac.append(uac_item)

        rc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rc, Unset):
            rc = []
            for rc_item_data in self.rc:
                rc_item = rc_item_data.to_dict()
                rc.append(rc_item)

        sl: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sl, Unset):
            sl = []
            for sl_item_data in self.sl:
                sl_item = sl_item_data.to_dict()
                sl.append(sl_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_queue_id": acd_queue_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if wt is not UNSET:
            field_dict["WT"] = wt
        if sa is not UNSET:
            field_dict["SA"] = sa
        if at is not UNSET:
            field_dict["AT"] = at
        if ht is not UNSET:
            field_dict["HT"] = ht
        if tt is not UNSET:
            field_dict["TT"] = tt
        if acw is not UNSET:
            field_dict["ACW"] = acw
        if ql is not UNSET:
            field_dict["QL"] = ql
        if ac is not UNSET:
            field_dict["AC"] = ac
        if uac is not UNSET:
            field_dict["UAC"] = uac
        if rc is not UNSET:
            field_dict["RC"] = rc
        if sl is not UNSET:
            field_dict["SL"] = sl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_queue_service_level import ACDQueueServiceLevel  # noqa: PLC0415
        from ..models.acd_statistics_calls import ACDStatisticsCalls  # noqa: PLC0415
        from ..models.acd_statistics_item import ACDStatisticsItem  # noqa: PLC0415

        d = dict(src_dict)
        acd_queue_id = d.pop("acd_queue_id")

        date = d.pop("date", UNSET)

        _wt = d.pop("WT", UNSET)
        wt: ACDStatisticsItem | Unset
        if isinstance(_wt, Unset):
            wt = UNSET
        else:
            wt = ACDStatisticsItem.from_dict(_wt)

        _sa = d.pop("SA", UNSET)
        sa: ACDStatisticsItem | Unset
        if isinstance(_sa, Unset):
            sa = UNSET
        else:
            sa = ACDStatisticsItem.from_dict(_sa)

        _at = d.pop("AT", UNSET)
        at: ACDStatisticsItem | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = ACDStatisticsItem.from_dict(_at)

        _ht = d.pop("HT", UNSET)
        ht: ACDStatisticsItem | Unset
        if isinstance(_ht, Unset):
            ht = UNSET
        else:
            ht = ACDStatisticsItem.from_dict(_ht)

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

        _ql = d.pop("QL", UNSET)
        ql: ACDStatisticsItem | Unset
        if isinstance(_ql, Unset):
            ql = UNSET
        else:
            ql = ACDStatisticsItem.from_dict(_ql)

        _ac = d.pop("AC", UNSET)
        ac: list[ACDStatisticsCalls] | Unset = UNSET
        if _ac is not UNSET:
            ac = []
            for ac_item_data in _ac:
                ac_item = ACDStatisticsCalls.from_dict(ac_item_data)

                ac.append(ac_item)

        _uac = d.pop("UAC", UNSET)
        uac: list[ACDStatisticsCalls] | Unset = UNSET
        if _uac is not UNSET:
            uac = []
            for uac_item_data in _uac:
                uac_item = ACDStatisticsCalls.from_dict(uac_item_data)

                uac.append(uac_item)

        _rc = d.pop("RC", UNSET)
        rc: list[ACDStatisticsCalls] | Unset = UNSET
        if _rc is not UNSET:
            rc = []
            for rc_item_data in _rc:
                rc_item = ACDStatisticsCalls.from_dict(rc_item_data)

                rc.append(rc_item)

        _sl = d.pop("SL", UNSET)
        sl: list[ACDQueueServiceLevel] | Unset = UNSET
        if _sl is not UNSET:
            sl = []
            for sl_item_data in _sl:
                sl_item = ACDQueueServiceLevel.from_dict(sl_item_data)

                sl.append(sl_item)

        acd_queue_statistics = cls(
            acd_queue_id=acd_queue_id,
            date=date,
            wt=wt,
            sa=sa,
            at=at,
            ht=ht,
            tt=tt,
            acw=acw,
            ql=ql,
            ac=ac,
            uac=uac,
            rc=rc,
            sl=sl,
        )

        acd_queue_statistics.additional_properties = d
        return acd_queue_statistics

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
