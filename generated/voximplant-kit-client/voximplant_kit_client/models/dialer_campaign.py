from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_campaign_status import DialerCampaignStatus
from ..models.dialer_campaign_type import DialerCampaignType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialer_campaign_phone_numbers import DialerCampaignPhoneNumbers
    from ..models.dialing_strategy_item import DialingStrategyItem
    from ..models.pds_queue import PdsQueue


T = TypeVar("T", bound="DialerCampaign")


@_attrs_define
class DialerCampaign:
    """A campaign of the current dialer (campaigns/*). Partial model from third-party notes.

    Attributes:
        id (int): Campaign ID.
        title (str): Campaign name.
        status (DialerCampaignStatus): Status.
        type_ (DialerCampaignType): Kind.
        vox_call_list_id (int | Unset): Voximplant call list.
        call_list_session_id (None | str | Unset): Session UUID, once started.
        dialing_strategy (list[DialingStrategyItem] | Unset):
        phone_numbers (DialerCampaignPhoneNumbers | Unset): Caller pool.
        scenario_id (int | None | Unset): Scenario (automated campaigns).
        max_lines (int | None | Unset): Simultaneous lines (automated).
        max_attempts (int | None | Unset): Attempts per contact.
        region (None | str | Unset): Media region.
        planned_date_start (None | str | Unset): Planned start.
        planned_date_end (None | str | Unset): Planned end.
        timezone (None | str | Unset): Time zone.
        user_ids (list[int] | Unset): Agents (operator campaigns).
        dnc_list_ids (list[int] | Unset): DNC lists respected.
        use_tags (bool | Unset): Agents tag calls.
        use_topics (bool | Unset): Agents pick topics.
        queue (None | PdsQueue | Unset): Queue of an operator campaign; null for automated ones.
        date_start (None | str | Unset): Started at.
        date_end (None | str | Unset): Completed at.
    """

    id: int
    title: str
    status: DialerCampaignStatus
    type_: DialerCampaignType
    vox_call_list_id: int | Unset = UNSET
    call_list_session_id: None | str | Unset = UNSET
    dialing_strategy: list[DialingStrategyItem] | Unset = UNSET
    phone_numbers: DialerCampaignPhoneNumbers | Unset = UNSET
    scenario_id: int | None | Unset = UNSET
    max_lines: int | None | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    region: None | str | Unset = UNSET
    planned_date_start: None | str | Unset = UNSET
    planned_date_end: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    user_ids: list[int] | Unset = UNSET
    dnc_list_ids: list[int] | Unset = UNSET
    use_tags: bool | Unset = UNSET
    use_topics: bool | Unset = UNSET
    queue: None | PdsQueue | Unset = UNSET
    date_start: None | str | Unset = UNSET
    date_end: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pds_queue import PdsQueue  # noqa: PLC0415

        id = self.id

        title = self.title

        status = self.status.value

        type_ = self.type_.value

        vox_call_list_id = self.vox_call_list_id

        call_list_session_id: None | str | Unset
        if isinstance(self.call_list_session_id, Unset):
            call_list_session_id = UNSET
        else:
            call_list_session_id = self.call_list_session_id

        dialing_strategy: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dialing_strategy, Unset):
            dialing_strategy = []
            for dialing_strategy_item_data in self.dialing_strategy:
                dialing_strategy_item = dialing_strategy_item_data.to_dict()
                dialing_strategy.append(dialing_strategy_item)

        phone_numbers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers.to_dict()

        scenario_id: int | None | Unset
        if isinstance(self.scenario_id, Unset):
            scenario_id = UNSET
        else:
            scenario_id = self.scenario_id

        max_lines: int | None | Unset
        if isinstance(self.max_lines, Unset):
            max_lines = UNSET
        else:
            max_lines = self.max_lines

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        planned_date_start: None | str | Unset
        if isinstance(self.planned_date_start, Unset):
            planned_date_start = UNSET
        else:
            planned_date_start = self.planned_date_start

        planned_date_end: None | str | Unset
        if isinstance(self.planned_date_end, Unset):
            planned_date_end = UNSET
        else:
            planned_date_end = self.planned_date_end

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        user_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        dnc_list_ids: list[int] | Unset = UNSET
        if not isinstance(self.dnc_list_ids, Unset):
            dnc_list_ids = self.dnc_list_ids

        use_tags = self.use_tags

        use_topics = self.use_topics

        queue: dict[str, Any] | None | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        elif isinstance(self.queue, PdsQueue):
            queue = self.queue.to_dict()
        else:
            queue = self.queue

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        else:
            date_start = self.date_start

        date_end: None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        else:
            date_end = self.date_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
                "type": type_,
            }
        )
        if vox_call_list_id is not UNSET:
            field_dict["vox_call_list_id"] = vox_call_list_id
        if call_list_session_id is not UNSET:
            field_dict["call_list_session_id"] = call_list_session_id
        if dialing_strategy is not UNSET:
            field_dict["dialing_strategy"] = dialing_strategy
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if max_lines is not UNSET:
            field_dict["max_lines"] = max_lines
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if region is not UNSET:
            field_dict["region"] = region
        if planned_date_start is not UNSET:
            field_dict["planned_date_start"] = planned_date_start
        if planned_date_end is not UNSET:
            field_dict["planned_date_end"] = planned_date_end
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if dnc_list_ids is not UNSET:
            field_dict["dnc_list_ids"] = dnc_list_ids
        if use_tags is not UNSET:
            field_dict["use_tags"] = use_tags
        if use_topics is not UNSET:
            field_dict["use_topics"] = use_topics
        if queue is not UNSET:
            field_dict["queue"] = queue
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialer_campaign_phone_numbers import DialerCampaignPhoneNumbers  # noqa: PLC0415
        from ..models.dialing_strategy_item import DialingStrategyItem  # noqa: PLC0415
        from ..models.pds_queue import PdsQueue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        status = DialerCampaignStatus(d.pop("status"))

        type_ = DialerCampaignType(d.pop("type"))

        vox_call_list_id = d.pop("vox_call_list_id", UNSET)

        def _parse_call_list_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_list_session_id = _parse_call_list_session_id(d.pop("call_list_session_id", UNSET))

        _dialing_strategy = d.pop("dialing_strategy", UNSET)
        dialing_strategy: list[DialingStrategyItem] | Unset = UNSET
        if _dialing_strategy is not UNSET:
            dialing_strategy = []
            for dialing_strategy_item_data in _dialing_strategy:
                dialing_strategy_item = DialingStrategyItem.from_dict(dialing_strategy_item_data)

                dialing_strategy.append(dialing_strategy_item)

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: DialerCampaignPhoneNumbers | Unset
        if isinstance(_phone_numbers, Unset):
            phone_numbers = UNSET
        else:
            phone_numbers = DialerCampaignPhoneNumbers.from_dict(_phone_numbers)

        def _parse_scenario_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scenario_id = _parse_scenario_id(d.pop("scenario_id", UNSET))

        def _parse_max_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_lines = _parse_max_lines(d.pop("max_lines", UNSET))

        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_planned_date_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_date_start = _parse_planned_date_start(d.pop("planned_date_start", UNSET))

        def _parse_planned_date_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_date_end = _parse_planned_date_end(d.pop("planned_date_end", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        user_ids = cast(list[int], d.pop("user_ids", UNSET))

        dnc_list_ids = cast(list[int], d.pop("dnc_list_ids", UNSET))

        use_tags = d.pop("use_tags", UNSET)

        use_topics = d.pop("use_topics", UNSET)

        def _parse_queue(data: object) -> None | PdsQueue | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                queue_type_0 = PdsQueue.from_dict(data)

                return queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PdsQueue | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_date_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_end = _parse_date_end(d.pop("date_end", UNSET))

        dialer_campaign = cls(
            id=id,
            title=title,
            status=status,
            type_=type_,
            vox_call_list_id=vox_call_list_id,
            call_list_session_id=call_list_session_id,
            dialing_strategy=dialing_strategy,
            phone_numbers=phone_numbers,
            scenario_id=scenario_id,
            max_lines=max_lines,
            max_attempts=max_attempts,
            region=region,
            planned_date_start=planned_date_start,
            planned_date_end=planned_date_end,
            timezone=timezone,
            user_ids=user_ids,
            dnc_list_ids=dnc_list_ids,
            use_tags=use_tags,
            use_topics=use_topics,
            queue=queue,
            date_start=date_start,
            date_end=date_end,
        )

        dialer_campaign.additional_properties = d
        return dialer_campaign

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
