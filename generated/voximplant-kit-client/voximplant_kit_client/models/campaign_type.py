from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type_status import CampaignTypeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignType")


@_attrs_define
class CampaignType:
    """An automated outbound campaign. No field is required: searchCampaigns' `fields` parameter may leave any out.

    Attributes:
        id (int | Unset): Campaign ID.
        title (str | Unset): Campaign name.
        description (str | Unset): Free text.
        date_start (str | Unset): Campaign start, `YYYY-MM-DD HH:mm:ss`.
        date_end (str | Unset): Campaign end, `YYYY-MM-DD HH:mm:ss`.
        date_create (str | Unset): Creation time.
        date_update (str | Unset): Last change.
        working_days (list[int] | Unset): Days of the week the campaign calls on (1 = Monday ... 7 = Sunday).
        time_start (str | Unset): Daily calling window start, `HH:mm:ss`.
        time_end (str | Unset): Daily calling window end, `HH:mm:ss`.
        status (CampaignTypeStatus | Unset): Campaign status.
        max_attempts (int | Unset): Attempts per number.
        interval (int | Unset): Pause between attempts to one number, minutes.
        max_lines (int | Unset): Simultaneous calls.
        author_id (int | Unset): User who created the campaign.
        domain_id (int | Unset): Account ID.
        scenario_id (int | Unset): Scenario that handles the calls.
        call_list_id (int | None | Unset): Latest call list appended to the campaign.
        phone_number_id (int | None | Unset): Rented Kit number the campaign calls from.
        callerid_id (int | None | Unset): Verified caller ID the campaign calls from.
        permanent (bool | Unset): Whether the campaign stays alive after its list is exhausted.
        last_lunch_status (None | str | Unset): Result of the last launch (sic: the official client spells it 'lunch').
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    date_start: str | Unset = UNSET
    date_end: str | Unset = UNSET
    date_create: str | Unset = UNSET
    date_update: str | Unset = UNSET
    working_days: list[int] | Unset = UNSET
    time_start: str | Unset = UNSET
    time_end: str | Unset = UNSET
    status: CampaignTypeStatus | Unset = UNSET
    max_attempts: int | Unset = UNSET
    interval: int | Unset = UNSET
    max_lines: int | Unset = UNSET
    author_id: int | Unset = UNSET
    domain_id: int | Unset = UNSET
    scenario_id: int | Unset = UNSET
    call_list_id: int | None | Unset = UNSET
    phone_number_id: int | None | Unset = UNSET
    callerid_id: int | None | Unset = UNSET
    permanent: bool | Unset = UNSET
    last_lunch_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        date_start = self.date_start

        date_end = self.date_end

        date_create = self.date_create

        date_update = self.date_update

        working_days: list[int] | Unset = UNSET
        if not isinstance(self.working_days, Unset):
            working_days = self.working_days

        time_start = self.time_start

        time_end = self.time_end

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        max_attempts = self.max_attempts

        interval = self.interval

        max_lines = self.max_lines

        author_id = self.author_id

        domain_id = self.domain_id

        scenario_id = self.scenario_id

        call_list_id: int | None | Unset
        if isinstance(self.call_list_id, Unset):
            call_list_id = UNSET
        else:
            call_list_id = self.call_list_id

        phone_number_id: int | None | Unset
        if isinstance(self.phone_number_id, Unset):
            phone_number_id = UNSET
        else:
            phone_number_id = self.phone_number_id

        callerid_id: int | None | Unset
        if isinstance(self.callerid_id, Unset):
            callerid_id = UNSET
        else:
            callerid_id = self.callerid_id

        permanent = self.permanent

        last_lunch_status: None | str | Unset
        if isinstance(self.last_lunch_status, Unset):
            last_lunch_status = UNSET
        else:
            last_lunch_status = self.last_lunch_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_update is not UNSET:
            field_dict["date_update"] = date_update
        if working_days is not UNSET:
            field_dict["working_days"] = working_days
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_end is not UNSET:
            field_dict["time_end"] = time_end
        if status is not UNSET:
            field_dict["status"] = status
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if interval is not UNSET:
            field_dict["interval"] = interval
        if max_lines is not UNSET:
            field_dict["max_lines"] = max_lines
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if call_list_id is not UNSET:
            field_dict["call_list_id"] = call_list_id
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if callerid_id is not UNSET:
            field_dict["callerid_id"] = callerid_id
        if permanent is not UNSET:
            field_dict["permanent"] = permanent
        if last_lunch_status is not UNSET:
            field_dict["last_lunch_status"] = last_lunch_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        date_start = d.pop("date_start", UNSET)

        date_end = d.pop("date_end", UNSET)

        date_create = d.pop("date_create", UNSET)

        date_update = d.pop("date_update", UNSET)

        working_days = cast(list[int], d.pop("working_days", UNSET))

        time_start = d.pop("time_start", UNSET)

        time_end = d.pop("time_end", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignTypeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignTypeStatus(_status)

        max_attempts = d.pop("max_attempts", UNSET)

        interval = d.pop("interval", UNSET)

        max_lines = d.pop("max_lines", UNSET)

        author_id = d.pop("author_id", UNSET)

        domain_id = d.pop("domain_id", UNSET)

        scenario_id = d.pop("scenario_id", UNSET)

        def _parse_call_list_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        call_list_id = _parse_call_list_id(d.pop("call_list_id", UNSET))

        def _parse_phone_number_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id", UNSET))

        def _parse_callerid_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        callerid_id = _parse_callerid_id(d.pop("callerid_id", UNSET))

        permanent = d.pop("permanent", UNSET)

        def _parse_last_lunch_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_lunch_status = _parse_last_lunch_status(d.pop("last_lunch_status", UNSET))

        campaign_type = cls(
            id=id,
            title=title,
            description=description,
            date_start=date_start,
            date_end=date_end,
            date_create=date_create,
            date_update=date_update,
            working_days=working_days,
            time_start=time_start,
            time_end=time_end,
            status=status,
            max_attempts=max_attempts,
            interval=interval,
            max_lines=max_lines,
            author_id=author_id,
            domain_id=domain_id,
            scenario_id=scenario_id,
            call_list_id=call_list_id,
            phone_number_id=phone_number_id,
            callerid_id=callerid_id,
            permanent=permanent,
            last_lunch_status=last_lunch_status,
        )

        campaign_type.additional_properties = d
        return campaign_type

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
