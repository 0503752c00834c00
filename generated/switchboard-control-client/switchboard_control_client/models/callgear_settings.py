from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callgear_settings_method_points import CallgearSettingsMethodPoints


T = TypeVar("T", bound="CallgearSettings")


@_attrs_define
class CallgearSettings:
    """Unknown settings are refused.

    Attributes:
        active (bool | Unset):
        ip_whitelist (list[str] | None | Unset):
        minute_limit (int | Unset):
        day_limit (int | Unset):
        method_points (CallgearSettingsMethodPoints | Unset): Points a method costs, by method name.
        tts_max_length (int | Unset):
        coach_employee_id (int | None | Unset):
    """

    active: bool | Unset = UNSET
    ip_whitelist: list[str] | None | Unset = UNSET
    minute_limit: int | Unset = UNSET
    day_limit: int | Unset = UNSET
    method_points: CallgearSettingsMethodPoints | Unset = UNSET
    tts_max_length: int | Unset = UNSET
    coach_employee_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        ip_whitelist: list[str] | None | Unset
        if isinstance(self.ip_whitelist, Unset):
            ip_whitelist = UNSET
        elif isinstance(self.ip_whitelist, list):
            ip_whitelist = self.ip_whitelist

        else:
            ip_whitelist = self.ip_whitelist

        minute_limit = self.minute_limit

        day_limit = self.day_limit

        method_points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method_points, Unset):
            method_points = self.method_points.to_dict()

        tts_max_length = self.tts_max_length

        coach_employee_id: int | None | Unset
        if isinstance(self.coach_employee_id, Unset):
            coach_employee_id = UNSET
        else:
            coach_employee_id = self.coach_employee_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if ip_whitelist is not UNSET:
            field_dict["ip_whitelist"] = ip_whitelist
        if minute_limit is not UNSET:
            field_dict["minute_limit"] = minute_limit
        if day_limit is not UNSET:
            field_dict["day_limit"] = day_limit
        if method_points is not UNSET:
            field_dict["method_points"] = method_points
        if tts_max_length is not UNSET:
            field_dict["tts_max_length"] = tts_max_length
        if coach_employee_id is not UNSET:
            field_dict["coach_employee_id"] = coach_employee_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callgear_settings_method_points import CallgearSettingsMethodPoints  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        def _parse_ip_whitelist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_whitelist_type_0 = cast(list[str], data)

                return ip_whitelist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ip_whitelist = _parse_ip_whitelist(d.pop("ip_whitelist", UNSET))

        minute_limit = d.pop("minute_limit", UNSET)

        day_limit = d.pop("day_limit", UNSET)

        _method_points = d.pop("method_points", UNSET)
        method_points: CallgearSettingsMethodPoints | Unset
        if isinstance(_method_points, Unset):
            method_points = UNSET
        else:
            method_points = CallgearSettingsMethodPoints.from_dict(_method_points)

        tts_max_length = d.pop("tts_max_length", UNSET)

        def _parse_coach_employee_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        coach_employee_id = _parse_coach_employee_id(d.pop("coach_employee_id", UNSET))

        callgear_settings = cls(
            active=active,
            ip_whitelist=ip_whitelist,
            minute_limit=minute_limit,
            day_limit=day_limit,
            method_points=method_points,
            tts_max_length=tts_max_length,
            coach_employee_id=coach_employee_id,
        )

        return callgear_settings
