from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InitCampaignForm")


@_attrs_define
class InitCampaignForm:
    """initCampaign parameters (all required, as in the official client's method signature).

    Attributes:
        title (str): Campaign name.
        max_attempts (int): Dial attempts per number.
        interval (int): Pause between attempts to one number (minutes: the unit is not stated by the official client).
        max_lines (int): Simultaneous calls.
        scenario_id (int): Scenario that handles the calls (see searchScenarios).
        phone_number_id (int): Rented Kit number ID (see searchNumbers).
        caller_id (int): Verified caller ID record ID (see searchCallerIDs).
        time_start (str): Daily calling window start, `HH:mm:ss`.
        time_end (str): Daily calling window end, `HH:mm:ss`.
        date_start (str): Campaign start, `YYYY-MM-DD HH:mm:ss`.
        date_end (str): Campaign end, `YYYY-MM-DD HH:mm:ss`.
        permanent (bool): Keep the campaign alive after its list is exhausted.
        description (str): Free text.
    """

    title: str
    max_attempts: int
    interval: int
    max_lines: int
    scenario_id: int
    phone_number_id: int
    caller_id: int
    time_start: str
    time_end: str
    date_start: str
    date_end: str
    permanent: bool
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        max_attempts = self.max_attempts

        interval = self.interval

        max_lines = self.max_lines

        scenario_id = self.scenario_id

        phone_number_id = self.phone_number_id

        caller_id = self.caller_id

        time_start = self.time_start

        time_end = self.time_end

        date_start = self.date_start

        date_end = self.date_end

        permanent = self.permanent

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "max_attempts": max_attempts,
                "interval": interval,
                "max_lines": max_lines,
                "scenario_id": scenario_id,
                "phone_number_id": phone_number_id,
                "caller_id": caller_id,
                "time_start": time_start,
                "time_end": time_end,
                "date_start": date_start,
                "date_end": date_end,
                "permanent": permanent,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        max_attempts = d.pop("max_attempts")

        interval = d.pop("interval")

        max_lines = d.pop("max_lines")

        scenario_id = d.pop("scenario_id")

        phone_number_id = d.pop("phone_number_id")

        caller_id = d.pop("caller_id")

        time_start = d.pop("time_start")

        time_end = d.pop("time_end")

        date_start = d.pop("date_start")

        date_end = d.pop("date_end")

        permanent = d.pop("permanent")

        description = d.pop("description")

        init_campaign_form = cls(
            title=title,
            max_attempts=max_attempts,
            interval=interval,
            max_lines=max_lines,
            scenario_id=scenario_id,
            phone_number_id=phone_number_id,
            caller_id=caller_id,
            time_start=time_start,
            time_end=time_end,
            date_start=date_start,
            date_end=date_end,
            permanent=permanent,
            description=description,
        )

        init_campaign_form.additional_properties = d
        return init_campaign_form

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
