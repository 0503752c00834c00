from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_create_agent_form_mode import DialerCreateAgentFormMode
from ..models.dialer_create_agent_form_predictive_mode import DialerCreateAgentFormPredictiveMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DialerCreateAgentForm")


@_attrs_define
class DialerCreateAgentForm:
    """createAgent parameters.

    Attributes:
        title (str): Campaign name.
        priority (int | Unset): 1..10, weight against inbound queues.
        mode (DialerCreateAgentFormMode | Unset): Dialer mode.
        predictive_mode (DialerCreateAgentFormPredictiveMode | Unset): Predictive pacing basis.
        abandonment_rate (int | Unset): Target abandon % (abandon_rate pacing).
        agent_busy_factor (float | Unset): Target busy factor (agent_busy_factor pacing).
        task_multiplier (float | Unset): Progressive pace.
        agents_can_end_calls (bool | Unset): Agents may hang up.
        client_waiting_media_enabled (bool | Unset): Play audio while waiting.
        client_waiting_media_id (int | Unset): Waiting audio file.
        afterservice_time_limit_sec (int | Unset): After-call work limit, 1..600 s.
        use_tags (bool | Unset): Agents tag calls.
        use_topics (bool | Unset): Agents pick topics.
        topics_set_id (int | Unset): Topic set.
        use_wrap_up_codes (bool | Unset): Agents pick wrap-up codes.
        wrap_up_codes_set_id (int | Unset): Wrap-up code set.
        wrap_up_dnc_list_id (int | Unset): DNC list for 'add to DNC' wrap-up code.
        user_ids (str | Unset): Agents. JSON text, e.g. `[1,2]`.
        phone_numbers (str | Unset): Rotating caller pool as JSON text: {phone_number_ids:[..], caller_id_ids:[..]} or
            {sip_number_ids:[..]}; SIP numbers cannot be mixed with the others.
        planned_date_start (str | Unset): Planned start, YYYY-MM-DD HH:mm:ss.
        planned_date_end (str | Unset): Planned end.
        working_time (str | Unset): Daily window ['HH:mm','HH:mm']; default 24/7. JSON text, e.g.
            `["09:00:00","18:00:00"]`.
        folder_id (int | Unset): Campaign folder.
        supervisors (str | Unset): [{supervisor_id, permission: viewer|editor}]. JSON text of an array of objects.
        dnc_list_ids (str | Unset): DNC lists to respect. JSON text, e.g. `[1,2]`.
        timezone (str | Unset): Campaign time zone.
    """

    title: str
    priority: int | Unset = UNSET
    mode: DialerCreateAgentFormMode | Unset = UNSET
    predictive_mode: DialerCreateAgentFormPredictiveMode | Unset = UNSET
    abandonment_rate: int | Unset = UNSET
    agent_busy_factor: float | Unset = UNSET
    task_multiplier: float | Unset = UNSET
    agents_can_end_calls: bool | Unset = UNSET
    client_waiting_media_enabled: bool | Unset = UNSET
    client_waiting_media_id: int | Unset = UNSET
    afterservice_time_limit_sec: int | Unset = UNSET
    use_tags: bool | Unset = UNSET
    use_topics: bool | Unset = UNSET
    topics_set_id: int | Unset = UNSET
    use_wrap_up_codes: bool | Unset = UNSET
    wrap_up_codes_set_id: int | Unset = UNSET
    wrap_up_dnc_list_id: int | Unset = UNSET
    user_ids: str | Unset = UNSET
    phone_numbers: str | Unset = UNSET
    planned_date_start: str | Unset = UNSET
    planned_date_end: str | Unset = UNSET
    working_time: str | Unset = UNSET
    folder_id: int | Unset = UNSET
    supervisors: str | Unset = UNSET
    dnc_list_ids: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        priority = self.priority

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        predictive_mode: str | Unset = UNSET
        if not isinstance(self.predictive_mode, Unset):
            predictive_mode = self.predictive_mode.value

        abandonment_rate = self.abandonment_rate

        agent_busy_factor = self.agent_busy_factor

        task_multiplier = self.task_multiplier

        agents_can_end_calls = self.agents_can_end_calls

        client_waiting_media_enabled = self.client_waiting_media_enabled

        client_waiting_media_id = self.client_waiting_media_id

        afterservice_time_limit_sec = self.afterservice_time_limit_sec

        use_tags = self.use_tags

        use_topics = self.use_topics

        topics_set_id = self.topics_set_id

        use_wrap_up_codes = self.use_wrap_up_codes

        wrap_up_codes_set_id = self.wrap_up_codes_set_id

        wrap_up_dnc_list_id = self.wrap_up_dnc_list_id

        user_ids = self.user_ids

        phone_numbers = self.phone_numbers

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
                "title": title,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if mode is not UNSET:
            field_dict["mode"] = mode
        if predictive_mode is not UNSET:
            field_dict["predictive_mode"] = predictive_mode
        if abandonment_rate is not UNSET:
            field_dict["abandonment_rate"] = abandonment_rate
        if agent_busy_factor is not UNSET:
            field_dict["agent_busy_factor"] = agent_busy_factor
        if task_multiplier is not UNSET:
            field_dict["task_multiplier"] = task_multiplier
        if agents_can_end_calls is not UNSET:
            field_dict["agents_can_end_calls"] = agents_can_end_calls
        if client_waiting_media_enabled is not UNSET:
            field_dict["client_waiting_media_enabled"] = client_waiting_media_enabled
        if client_waiting_media_id is not UNSET:
            field_dict["client_waiting_media_id"] = client_waiting_media_id
        if afterservice_time_limit_sec is not UNSET:
            field_dict["afterservice_time_limit_sec"] = afterservice_time_limit_sec
        if use_tags is not UNSET:
            field_dict["use_tags"] = use_tags
        if use_topics is not UNSET:
            field_dict["use_topics"] = use_topics
        if topics_set_id is not UNSET:
            field_dict["topics_set_id"] = topics_set_id
        if use_wrap_up_codes is not UNSET:
            field_dict["use_wrap_up_codes"] = use_wrap_up_codes
        if wrap_up_codes_set_id is not UNSET:
            field_dict["wrap_up_codes_set_id"] = wrap_up_codes_set_id
        if wrap_up_dnc_list_id is not UNSET:
            field_dict["wrap_up_dnc_list_id"] = wrap_up_dnc_list_id
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
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
        title = d.pop("title")

        priority = d.pop("priority", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: DialerCreateAgentFormMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = DialerCreateAgentFormMode(_mode)

        _predictive_mode = d.pop("predictive_mode", UNSET)
        predictive_mode: DialerCreateAgentFormPredictiveMode | Unset
        if isinstance(_predictive_mode, Unset):
            predictive_mode = UNSET
        else:
            predictive_mode = DialerCreateAgentFormPredictiveMode(_predictive_mode)

        abandonment_rate = d.pop("abandonment_rate", UNSET)

        agent_busy_factor = d.pop("agent_busy_factor", UNSET)

        task_multiplier = d.pop("task_multiplier", UNSET)

        agents_can_end_calls = d.pop("agents_can_end_calls", UNSET)

        client_waiting_media_enabled = d.pop("client_waiting_media_enabled", UNSET)

        client_waiting_media_id = d.pop("client_waiting_media_id", UNSET)

        afterservice_time_limit_sec = d.pop("afterservice_time_limit_sec", UNSET)

        use_tags = d.pop("use_tags", UNSET)

        use_topics = d.pop("use_topics", UNSET)

        topics_set_id = d.pop("topics_set_id", UNSET)

        use_wrap_up_codes = d.pop("use_wrap_up_codes", UNSET)

        wrap_up_codes_set_id = d.pop("wrap_up_codes_set_id", UNSET)

        wrap_up_dnc_list_id = d.pop("wrap_up_dnc_list_id", UNSET)

        user_ids = d.pop("user_ids", UNSET)

        phone_numbers = d.pop("phone_numbers", UNSET)

        planned_date_start = d.pop("planned_date_start", UNSET)

        planned_date_end = d.pop("planned_date_end", UNSET)

        working_time = d.pop("working_time", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        supervisors = d.pop("supervisors", UNSET)

        dnc_list_ids = d.pop("dnc_list_ids", UNSET)

        timezone = d.pop("timezone", UNSET)

        dialer_create_agent_form = cls(
            title=title,
            priority=priority,
            mode=mode,
            predictive_mode=predictive_mode,
            abandonment_rate=abandonment_rate,
            agent_busy_factor=agent_busy_factor,
            task_multiplier=task_multiplier,
            agents_can_end_calls=agents_can_end_calls,
            client_waiting_media_enabled=client_waiting_media_enabled,
            client_waiting_media_id=client_waiting_media_id,
            afterservice_time_limit_sec=afterservice_time_limit_sec,
            use_tags=use_tags,
            use_topics=use_topics,
            topics_set_id=topics_set_id,
            use_wrap_up_codes=use_wrap_up_codes,
            wrap_up_codes_set_id=wrap_up_codes_set_id,
            wrap_up_dnc_list_id=wrap_up_dnc_list_id,
            user_ids=user_ids,
            phone_numbers=phone_numbers,
            planned_date_start=planned_date_start,
            planned_date_end=planned_date_end,
            working_time=working_time,
            folder_id=folder_id,
            supervisors=supervisors,
            dnc_list_ids=dnc_list_ids,
            timezone=timezone,
        )

        dialer_create_agent_form.additional_properties = d
        return dialer_create_agent_form

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
