from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_calls_history_report_form_call_direction import ExportCallsHistoryReportFormCallDirection
from ..models.export_calls_history_report_form_format import ExportCallsHistoryReportFormFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportCallsHistoryReportForm")


@_attrs_define
class ExportCallsHistoryReportForm:
    """exportCallsHistoryReport parameters.

    Attributes:
        datetime_start (str | Unset): Period start, UTC, `YYYY-MM-DD HH:mm:ss`.
        datetime_end (str | Unset): Period end, UTC, `YYYY-MM-DD HH:mm:ss`.
        call_direction (ExportCallsHistoryReportFormCallDirection | Unset): Direction filter.
        scenario_ids (str | Unset): Scenario IDs. JSON text of an array of integers, e.g. `[1,2]`.
        campaign_ids (str | Unset): Campaign IDs. JSON text of an array of integers, e.g. `[1,2]`.
        phone (str | Unset): Phone number filter, at least 3 digits.
        format_ (ExportCallsHistoryReportFormFormat | Unset): File format (added after version 1.0.2 of the official
            client); xlsx when omitted.
    """

    datetime_start: str | Unset = UNSET
    datetime_end: str | Unset = UNSET
    call_direction: ExportCallsHistoryReportFormCallDirection | Unset = UNSET
    scenario_ids: str | Unset = UNSET
    campaign_ids: str | Unset = UNSET
    phone: str | Unset = UNSET
    format_: ExportCallsHistoryReportFormFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datetime_start = self.datetime_start

        datetime_end = self.datetime_end

        call_direction: str | Unset = UNSET
        if not isinstance(self.call_direction, Unset):
            call_direction = self.call_direction.value

        scenario_ids = self.scenario_ids

        campaign_ids = self.campaign_ids

        phone = self.phone

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datetime_start is not UNSET:
            field_dict["datetime_start"] = datetime_start
        if datetime_end is not UNSET:
            field_dict["datetime_end"] = datetime_end
        if call_direction is not UNSET:
            field_dict["call_direction"] = call_direction
        if scenario_ids is not UNSET:
            field_dict["scenario_ids"] = scenario_ids
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids
        if phone is not UNSET:
            field_dict["phone"] = phone
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datetime_start = d.pop("datetime_start", UNSET)

        datetime_end = d.pop("datetime_end", UNSET)

        _call_direction = d.pop("call_direction", UNSET)
        call_direction: ExportCallsHistoryReportFormCallDirection | Unset
        if isinstance(_call_direction, Unset):
            call_direction = UNSET
        else:
            call_direction = ExportCallsHistoryReportFormCallDirection(_call_direction)

        scenario_ids = d.pop("scenario_ids", UNSET)

        campaign_ids = d.pop("campaign_ids", UNSET)

        phone = d.pop("phone", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: ExportCallsHistoryReportFormFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ExportCallsHistoryReportFormFormat(_format_)

        export_calls_history_report_form = cls(
            datetime_start=datetime_start,
            datetime_end=datetime_end,
            call_direction=call_direction,
            scenario_ids=scenario_ids,
            campaign_ids=campaign_ids,
            phone=phone,
            format_=format_,
        )

        export_calls_history_report_form.additional_properties = d
        return export_calls_history_report_form

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
