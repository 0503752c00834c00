from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acd_statistics_item import ACDStatisticsItem


T = TypeVar("T", bound="ACDOperatorStatusStatisticsDetail")


@_attrs_define
class ACDOperatorStatusStatisticsDetail:
    """The time spent in one status, keyed by the status.

    Attributes:
        offline (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg,
            sum and count.
        online (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg,
            sum and count.
        ready (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg,
            sum and count.
        banned (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg,
            sum and count.
        in_service (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max,
            avg, sum and count.
        after_service (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max,
            avg, sum and count.
        timeout (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg,
            sum and count.
        dnd (ACDStatisticsItem | Unset): A statistic over the period: seconds (or a length) with its min, max, avg, sum
            and count.
    """

    offline: ACDStatisticsItem | Unset = UNSET
    online: ACDStatisticsItem | Unset = UNSET
    ready: ACDStatisticsItem | Unset = UNSET
    banned: ACDStatisticsItem | Unset = UNSET
    in_service: ACDStatisticsItem | Unset = UNSET
    after_service: ACDStatisticsItem | Unset = UNSET
    timeout: ACDStatisticsItem | Unset = UNSET
    dnd: ACDStatisticsItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offline, Unset):
            offline = self.offline.to_dict()

        online: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online, Unset):
            online = self.online.to_dict()

        ready: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ready, Unset):
            ready = self.ready.to_dict()

        banned: dict[str, Any] | Unset = UNSET
        if not isinstance(self.banned, Unset):
            banned = self.banned.to_dict()

        in_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_service, Unset):
            in_service = self.in_service.to_dict()

        after_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_service, Unset):
            after_service = self.after_service.to_dict()

        timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout.to_dict()

        dnd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dnd, Unset):
            dnd = self.dnd.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offline is not UNSET:
            field_dict["OFFLINE"] = offline
        if online is not UNSET:
            field_dict["ONLINE"] = online
        if ready is not UNSET:
            field_dict["READY"] = ready
        if banned is not UNSET:
            field_dict["BANNED"] = banned
        if in_service is not UNSET:
            field_dict["IN_SERVICE"] = in_service
        if after_service is not UNSET:
            field_dict["AFTER_SERVICE"] = after_service
        if timeout is not UNSET:
            field_dict["TIMEOUT"] = timeout
        if dnd is not UNSET:
            field_dict["DND"] = dnd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acd_statistics_item import ACDStatisticsItem  # noqa: PLC0415

        d = dict(src_dict)
        _offline = d.pop("OFFLINE", UNSET)
        offline: ACDStatisticsItem | Unset
        if isinstance(_offline, Unset):
            offline = UNSET
        else:
            offline = ACDStatisticsItem.from_dict(_offline)

        _online = d.pop("ONLINE", UNSET)
        online: ACDStatisticsItem | Unset
        if isinstance(_online, Unset):
            online = UNSET
        else:
            online = ACDStatisticsItem.from_dict(_online)

        _ready = d.pop("READY", UNSET)
        ready: ACDStatisticsItem | Unset
        if isinstance(_ready, Unset):
            ready = UNSET
        else:
            ready = ACDStatisticsItem.from_dict(_ready)

        _banned = d.pop("BANNED", UNSET)
        banned: ACDStatisticsItem | Unset
        if isinstance(_banned, Unset):
            banned = UNSET
        else:
            banned = ACDStatisticsItem.from_dict(_banned)

        _in_service = d.pop("IN_SERVICE", UNSET)
        in_service: ACDStatisticsItem | Unset
        if isinstance(_in_service, Unset):
            in_service = UNSET
        else:
            in_service = ACDStatisticsItem.from_dict(_in_service)

        _after_service = d.pop("AFTER_SERVICE", UNSET)
        after_service: ACDStatisticsItem | Unset
        if isinstance(_after_service, Unset):
            after_service = UNSET
        else:
            after_service = ACDStatisticsItem.from_dict(_after_service)

        _timeout = d.pop("TIMEOUT", UNSET)
        timeout: ACDStatisticsItem | Unset
        if isinstance(_timeout, Unset):
            timeout = UNSET
        else:
            timeout = ACDStatisticsItem.from_dict(_timeout)

        _dnd = d.pop("DND", UNSET)
        dnd: ACDStatisticsItem | Unset
        if isinstance(_dnd, Unset):
            dnd = UNSET
        else:
            dnd = ACDStatisticsItem.from_dict(_dnd)

        acd_operator_status_statistics_detail = cls(
            offline=offline,
            online=online,
            ready=ready,
            banned=banned,
            in_service=in_service,
            after_service=after_service,
            timeout=timeout,
            dnd=dnd,
        )

        acd_operator_status_statistics_detail.additional_properties = d
        return acd_operator_status_statistics_detail

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
