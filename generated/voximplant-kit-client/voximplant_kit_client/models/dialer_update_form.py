from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_update_form_region import DialerUpdateFormRegion
from ..models.dialer_update_form_task_priority_strategy import DialerUpdateFormTaskPriorityStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="DialerUpdateForm")


@_attrs_define
class DialerUpdateForm:
    """update parameters.

    Attributes:
        id (int): Campaign id.
        title (str | Unset): Campaign name, up to 40 chars.
        max_lines (int | Unset): Simultaneous lines, 1..3000.
        scenario_id (int | Unset): Kit scenario that runs each call.
        region (DialerUpdateFormRegion | Unset): Media region.
        max_attempts (int | Unset): Attempts per contact, up to 140.
        dialing_strategy (str | Unset): Dialing rule per phone column as JSON text: {key: phone1.., name, interval_min:
            [..], max_attempts, dial_up_time_sec}.
        phone_numbers (str | Unset): Rotating caller pool as JSON text: {phone_number_ids:[..], caller_id_ids:[..]} or
            {sip_number_ids:[..]}; SIP numbers cannot be mixed with the others.
        task_priority_strategy (DialerUpdateFormTaskPriorityStrategy | Unset): Which tasks go first.
        planned_date_start (str | Unset): Planned start, YYYY-MM-DD HH:mm:ss.
        planned_date_end (str | Unset): Planned end.
        working_time (str | Unset): Daily window ['HH:mm','HH:mm']; default 24/7. JSON text, e.g.
            `["09:00:00","18:00:00"]`.
        folder_id (int | Unset): Campaign folder.
        supervisors (str | Unset): [{supervisor_id, permission: viewer|editor}]. JSON text of an array of objects.
        dnc_list_ids (str | Unset): DNC lists to respect. JSON text, e.g. `[1,2]`.
        timezone (str | Unset): Campaign time zone.
    """

    id: int
    title: str | Unset = UNSET
    max_lines: int | Unset = UNSET
    scenario_id: int | Unset = UNSET
    region: DialerUpdateFormRegion | Unset = UNSET
    max_attempts: int | Unset = UNSET
    dialing_strategy: str | Unset = UNSET
    phone_numbers: str | Unset = UNSET
    task_priority_strategy: DialerUpdateFormTaskPriorityStrategy | Unset = UNSET
    planned_date_start: str | Unset = UNSET
    planned_date_end: str | Unset = UNSET
    working_time: str | Unset = UNSET
    folder_id: int | Unset = UNSET
    supervisors: str | Unset = UNSET
    dnc_list_ids: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        max_lines = self.max_lines

        scenario_id = self.scenario_id

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        max_attempts = self.max_attempts

        dialing_strategy = self.dialing_strategy

        phone_numbers = self.phone_numbers

        task_priority_strategy: str | Unset = UNSET
        if not isinstance(self.task_priority_strategy, Unset):
            task_priority_strategy = self.task_priority_strategy.value

        planned_date_start = self.planned_date_start

        planned_date_end = self.planned_date_end

        working_time = self.working_time

        folder_id = self.folder_id

        supervisors = self.supervisors

        dnc_list_ids = self.dnc_list_ids

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if max_lines is not UNSET:
            field_dict["max_lines"] = max_lines
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if region is not UNSET:
            field_dict["region"] = region
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if dialing_strategy is not UNSET:
            field_dict["dialing_strategy"] = dialing_strategy
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if task_priority_strategy is not UNSET:
            field_dict["task_priority_strategy"] = task_priority_strategy
        if planned_date_start is not UNSET:
            field_dict["planned_date_start"] = planned_date_start
        if planned_date_end is not UNSET:
            field_dict["planned_date_end"] = planned_date_end
        if working_time is not UNSET:
            field_dict["working_time"] = working_time
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if supervisors is not UNSET:
            field_dict["supervisors"] = supervisors
        if dnc_list_ids is not UNSET:
            field_dict["dnc_list_ids"] = dnc_list_ids
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        max_lines = d.pop("max_lines", UNSET)

        scenario_id = d.pop("scenario_id", UNSET)

        _region = d.pop("region", UNSET)
        region: DialerUpdateFormRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = DialerUpdateFormRegion(_region)

        max_attempts = d.pop("max_attempts", UNSET)

        dialing_strategy = d.pop("dialing_strategy", UNSET)

        phone_numbers = d.pop("phone_numbers", UNSET)

        _task_priority_strategy = d.pop("task_priority_strategy", UNSET)
        task_priority_strategy: DialerUpdateFormTaskPriorityStrategy | Unset
        if isinstance(_task_priority_strategy, Unset):
            task_priority_strategy = UNSET
        else:
            task_priority_strategy = DialerUpdateFormTaskPriorityStrategy(_task_priority_strategy)

        planned_date_start = d.pop("planned_date_start", UNSET)

        planned_date_end = d.pop("planned_date_end", UNSET)

        working_time = d.pop("working_time", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        supervisors = d.pop("supervisors", UNSET)

        dnc_list_ids = d.pop("dnc_list_ids", UNSET)

        timezone = d.pop("timezone", UNSET)

        dialer_update_form = cls(
            id=id,
            title=title,
            max_lines=max_lines,
            scenario_id=scenario_id,
            region=region,
            max_attempts=max_attempts,
            dialing_strategy=dialing_strategy,
            phone_numbers=phone_numbers,
            task_priority_strategy=task_priority_strategy,
            planned_date_start=planned_date_start,
            planned_date_end=planned_date_end,
            working_time=working_time,
            folder_id=folder_id,
            supervisors=supervisors,
            dnc_list_ids=dnc_list_ids,
            timezone=timezone,
        )

        dialer_update_form.additional_properties = d
        return dialer_update_form

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
