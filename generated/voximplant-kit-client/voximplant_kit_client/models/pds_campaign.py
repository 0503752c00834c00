from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pds_campaign_mode import PdsCampaignMode
from ..models.pds_campaign_status import PdsCampaignStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pds_campaign_settings import PdsCampaignSettings
    from ..models.pds_campaign_stat import PdsCampaignStat
    from ..models.pds_queue import PdsQueue


T = TypeVar("T", bound="PdsCampaign")


@_attrs_define
class PdsCampaign:
    """A PDS (agent) campaign. Partial model from third-party notes; types inferred from examples.

    Attributes:
        id (int): Campaign ID.
        title (str): Campaign name.
        status (PdsCampaignStatus): Status.
        mode (PdsCampaignMode | Unset): Dialer mode.
        folder_id (int | None | Unset): Folder.
        date_start (None | str | Unset): Planned start.
        date_end (None | str | Unset): Planned end.
        working_time (list[str] | Unset): Daily window [start, end]; empty = 24/7.
        max_attempts (int | Unset): Attempts per contact.
        interval (int | Unset): Minutes between attempts.
        phone_number_id (int | None | Unset): Caller: rented number.
        caller_id (int | None | Unset): Caller: verified caller ID.
        sip_number_id (int | None | Unset): Caller: SIP number.
        settings (PdsCampaignSettings | Unset): Detection, dialing and recording settings.
        create_date (str | Unset): Creation time.
        created_by (int | Unset): Creator.
        edit_date (str | Unset): Last change.
        edited_by (int | Unset): Last editor.
        queue (PdsQueue | Unset): The queue created with a PDS campaign.
        timezone (None | str | Unset): Time zone.
        use_tags (bool | Unset): Agents tag calls.
        use_topics (bool | Unset): Agents pick topics.
        topic_set_id (int | None | Unset): Topic set.
        task_multiplier (float | None | Unset): Progressive pace.
        abandonment_rate (int | None | Unset): Predictive abandon target, %.
        reference_ip (None | str | Unset): Reference IP.
        wrap_up_codes_set_id (int | None | Unset): Wrap-up code set.
        wrap_up_dnc_list_id (int | None | Unset): DNC list for the wrap-up code.
        dnc_lists (list[int] | Unset): DNC lists whose numbers are skipped.
        user_ids (list[int] | Unset): Agents assigned.
        stat (PdsCampaignStat | Unset): PDS campaign statistics.
    """

    id: int
    title: str
    status: PdsCampaignStatus
    mode: PdsCampaignMode | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    date_start: None | str | Unset = UNSET
    date_end: None | str | Unset = UNSET
    working_time: list[str] | Unset = UNSET
    max_attempts: int | Unset = UNSET
    interval: int | Unset = UNSET
    phone_number_id: int | None | Unset = UNSET
    caller_id: int | None | Unset = UNSET
    sip_number_id: int | None | Unset = UNSET
    settings: PdsCampaignSettings | Unset = UNSET
    create_date: str | Unset = UNSET
    created_by: int | Unset = UNSET
    edit_date: str | Unset = UNSET
    edited_by: int | Unset = UNSET
    queue: PdsQueue | Unset = UNSET
    timezone: None | str | Unset = UNSET
    use_tags: bool | Unset = UNSET
    use_topics: bool | Unset = UNSET
    topic_set_id: int | None | Unset = UNSET
    task_multiplier: float | None | Unset = UNSET
    abandonment_rate: int | None | Unset = UNSET
    reference_ip: None | str | Unset = UNSET
    wrap_up_codes_set_id: int | None | Unset = UNSET
    wrap_up_dnc_list_id: int | None | Unset = UNSET
    dnc_lists: list[int] | Unset = UNSET
    user_ids: list[int] | Unset = UNSET
    stat: PdsCampaignStat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        status = self.status.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

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

        working_time: list[str] | Unset = UNSET
        if not isinstance(self.working_time, Unset):
            working_time = self.working_time

        max_attempts = self.max_attempts

        interval = self.interval

        phone_number_id: int | None | Unset
        if isinstance(self.phone_number_id, Unset):
            phone_number_id = UNSET
        else:
            phone_number_id = self.phone_number_id

        caller_id: int | None | Unset
        if isinstance(self.caller_id, Unset):
            caller_id = UNSET
        else:
            caller_id = self.caller_id

        sip_number_id: int | None | Unset
        if isinstance(self.sip_number_id, Unset):
            sip_number_id = UNSET
        else:
            sip_number_id = self.sip_number_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        create_date = self.create_date

        created_by = self.created_by

        edit_date = self.edit_date

        edited_by = self.edited_by

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        use_tags = self.use_tags

        use_topics = self.use_topics

        topic_set_id: int | None | Unset
        if isinstance(self.topic_set_id, Unset):
            topic_set_id = UNSET
        else:
            topic_set_id = self.topic_set_id

        task_multiplier: float | None | Unset
        if isinstance(self.task_multiplier, Unset):
            task_multiplier = UNSET
        else:
            task_multiplier = self.task_multiplier

        abandonment_rate: int | None | Unset
        if isinstance(self.abandonment_rate, Unset):
            abandonment_rate = UNSET
        else:
            abandonment_rate = self.abandonment_rate

        reference_ip: None | str | Unset
        if isinstance(self.reference_ip, Unset):
            reference_ip = UNSET
        else:
            reference_ip = self.reference_ip

        wrap_up_codes_set_id: int | None | Unset
        if isinstance(self.wrap_up_codes_set_id, Unset):
            wrap_up_codes_set_id = UNSET
        else:
            wrap_up_codes_set_id = self.wrap_up_codes_set_id

        wrap_up_dnc_list_id: int | None | Unset
        if isinstance(self.wrap_up_dnc_list_id, Unset):
            wrap_up_dnc_list_id = UNSET
        else:
            wrap_up_dnc_list_id = self.wrap_up_dnc_list_id

        dnc_lists: list[int] | Unset = UNSET
        if not isinstance(self.dnc_lists, Unset):
            dnc_lists = self.dnc_lists

        user_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        stat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stat, Unset):
            stat = self.stat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if working_time is not UNSET:
            field_dict["working_time"] = working_time
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if interval is not UNSET:
            field_dict["interval"] = interval
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if sip_number_id is not UNSET:
            field_dict["sip_number_id"] = sip_number_id
        if settings is not UNSET:
            field_dict["settings"] = settings
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if edit_date is not UNSET:
            field_dict["edit_date"] = edit_date
        if edited_by is not UNSET:
            field_dict["edited_by"] = edited_by
        if queue is not UNSET:
            field_dict["queue"] = queue
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if use_tags is not UNSET:
            field_dict["use_tags"] = use_tags
        if use_topics is not UNSET:
            field_dict["use_topics"] = use_topics
        if topic_set_id is not UNSET:
            field_dict["topic_set_id"] = topic_set_id
        if task_multiplier is not UNSET:
            field_dict["task_multiplier"] = task_multiplier
        if abandonment_rate is not UNSET:
            field_dict["abandonment_rate"] = abandonment_rate
        if reference_ip is not UNSET:
            field_dict["reference_ip"] = reference_ip
        if wrap_up_codes_set_id is not UNSET:
            field_dict["wrap_up_codes_set_id"] = wrap_up_codes_set_id
        if wrap_up_dnc_list_id is not UNSET:
            field_dict["wrap_up_dnc_list_id"] = wrap_up_dnc_list_id
        if dnc_lists is not UNSET:
            field_dict["dnc_lists"] = dnc_lists
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if stat is not UNSET:
            field_dict["stat"] = stat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pds_campaign_settings import PdsCampaignSettings  # noqa: PLC0415
        from ..models.pds_campaign_stat import PdsCampaignStat  # noqa: PLC0415
        from ..models.pds_queue import PdsQueue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        status = PdsCampaignStatus(d.pop("status"))

        _mode = d.pop("mode", UNSET)
        mode: PdsCampaignMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = PdsCampaignMode(_mode)

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

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

        working_time = cast(list[str], d.pop("working_time", UNSET))

        max_attempts = d.pop("max_attempts", UNSET)

        interval = d.pop("interval", UNSET)

        def _parse_phone_number_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id", UNSET))

        def _parse_caller_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        caller_id = _parse_caller_id(d.pop("caller_id", UNSET))

        def _parse_sip_number_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sip_number_id = _parse_sip_number_id(d.pop("sip_number_id", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: PdsCampaignSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = PdsCampaignSettings.from_dict(_settings)

        create_date = d.pop("create_date", UNSET)

        created_by = d.pop("created_by", UNSET)

        edit_date = d.pop("edit_date", UNSET)

        edited_by = d.pop("edited_by", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: PdsQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = PdsQueue.from_dict(_queue)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        use_tags = d.pop("use_tags", UNSET)

        use_topics = d.pop("use_topics", UNSET)

        def _parse_topic_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        topic_set_id = _parse_topic_set_id(d.pop("topic_set_id", UNSET))

        def _parse_task_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        task_multiplier = _parse_task_multiplier(d.pop("task_multiplier", UNSET))

        def _parse_abandonment_rate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        abandonment_rate = _parse_abandonment_rate(d.pop("abandonment_rate", UNSET))

        def _parse_reference_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_ip = _parse_reference_ip(d.pop("reference_ip", UNSET))

        def _parse_wrap_up_codes_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wrap_up_codes_set_id = _parse_wrap_up_codes_set_id(d.pop("wrap_up_codes_set_id", UNSET))

        def _parse_wrap_up_dnc_list_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wrap_up_dnc_list_id = _parse_wrap_up_dnc_list_id(d.pop("wrap_up_dnc_list_id", UNSET))

        dnc_lists = cast(list[int], d.pop("dnc_lists", UNSET))

        user_ids = cast(list[int], d.pop("user_ids", UNSET))

        _stat = d.pop("stat", UNSET)
        stat: PdsCampaignStat | Unset
        if isinstance(_stat, Unset):
            stat = UNSET
        else:
            stat = PdsCampaignStat.from_dict(_stat)

        pds_campaign = cls(
            id=id,
            title=title,
            status=status,
            mode=mode,
            folder_id=folder_id,
            date_start=date_start,
            date_end=date_end,
            working_time=working_time,
            max_attempts=max_attempts,
            interval=interval,
            phone_number_id=phone_number_id,
            caller_id=caller_id,
            sip_number_id=sip_number_id,
            settings=settings,
            create_date=create_date,
            created_by=created_by,
            edit_date=edit_date,
            edited_by=edited_by,
            queue=queue,
            timezone=timezone,
            use_tags=use_tags,
            use_topics=use_topics,
            topic_set_id=topic_set_id,
            task_multiplier=task_multiplier,
            abandonment_rate=abandonment_rate,
            reference_ip=reference_ip,
            wrap_up_codes_set_id=wrap_up_codes_set_id,
            wrap_up_dnc_list_id=wrap_up_dnc_list_id,
            dnc_lists=dnc_lists,
            user_ids=user_ids,
            stat=stat,
        )

        pds_campaign.additional_properties = d
        return pds_campaign

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
