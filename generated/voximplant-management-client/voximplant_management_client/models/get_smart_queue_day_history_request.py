from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_smart_queue_day_history_request_group_by import (
    GetSmartQueueDayHistoryRequestGroupBy,
    check_get_smart_queue_day_history_request_group_by,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmartQueueDayHistoryRequest")


@_attrs_define
class GetSmartQueueDayHistoryRequest:
    """
    Attributes:
        report_type (str): The report type. Possible values are: calls_blocked_percentage, count_blocked_calls,
            im_blocked_chats_percentage, im_count_blocked_chats, im_answered_chats_rate, average_abandonment_rate,
            count_abandonment_calls, service_level, im_service_level, occupancy_rate, im_agent_occupancy_rate,
            agent_utilization_rate, im_agent_utilization_rate, sum_agents_online_time, sum_agents_ready_time,
            sum_agents_dialing_time, sum_agents_in_service_time, sum_agents_in_service_incoming_time,
            sum_agents_in_service_outcoming_time, sum_agents_afterservice_time, sum_agents_dnd_time,
            sum_agents_custom_1_time, sum_agents_custom_2_time, sum_agents_custom_3_time, sum_agents_custom_4_time,
            sum_agents_custom_5_time, sum_agents_custom_6_time, sum_agents_custom_7_time, sum_agents_custom_8_time,
            sum_agents_custom_9_time, sum_agents_custom_10_time, sum_agents_banned_time, im_sum_agents_online_time,
            im_sum_agents_ready_time, im_sum_agents_in_service_time, im_sum_agents_dnd_time, im_sum_agents_custom_1_time,
            im_sum_agents_custom_2_time, im_sum_agents_custom_3_time, im_sum_agents_custom_4_time,
            im_sum_agents_custom_5_time, im_sum_agents_custom_6_time, im_sum_agents_custom_7_time,
            im_sum_agents_custom_8_time, im_sum_agents_custom_9_time, im_sum_agents_custom_10_time,
            im_sum_agents_banned_time, average_agents_idle_time, max_agents_idle_time, min_agents_idle_time,
            percentile_0_25_agents_idle_time, percentile_0_50_agents_idle_time, percentile_0_75_agents_idle_time,
            min_time_in_queue, max_time_in_queue, average_time_in_queue, min_answer_speed, max_answer_speed,
            average_answer_speed, im_min_answer_speed, im_max_answer_speed, im_average_answer_speed, min_handle_time,
            max_handle_time, average_handle_time, count_handled_calls, min_after_call_worktime, max_after_call_worktime,
            average_after_call_worktime, count_agent_unanswered_calls, im_count_agent_unanswered_chats, min_reaction_time,
            max_reaction_time, average_reaction_time, im_min_reaction_time, im_max_reaction_time, im_average_reaction_time,
            im_count_abandonment_chats, im_count_lost_chats, im_lost_chats_rate, call_count_assigned_to_queue,
            im_count_assigned_to_queue
        application_id (int | Unset): The application ID to search by
        application_name (str | Unset): The application name to search by. Can be used instead of the application_id
            parameter
        from_date (str | Unset): The from date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss. Default is
            the current time minus 1 day
        group_by (GetSmartQueueDayHistoryRequestGroupBy | Unset): Group the result by agent or queue. The agent grouping
            is allowed only for 1 queue and for the occupancy_rate, sum_agents_online_time, sum_agents_ready_time,
            sum_agents_dialing_time, sum_agents_in_service_time, sum_agents_afterservice_time, sum_agents_dnd_time,
            sum_agents_banned_time, min_handle_time, max_handle_time, average_handle_time, count_handled_calls,
            min_after_call_worktime, max_after_call_worktime, average_after_call_worktime report types. The queue grouping
            allowed for the calls_blocked_percentage, count_blocked_calls, average_abandonment_rate,
            count_abandonment_calls, service_level, occupancy_rate, min_time_in_queue, max_time_in_queue,
            average_time_in_queue, min_answer_speed, max_answer_speed, average_answer_speed, min_handle_time,
            max_handle_time, average_handle_time, count_handled_calls, min_after_call_worktime, max_after_call_worktime,
            average_after_call_worktime report types
        interval (str | Unset): Interval format: YYYY-MM-DD HH:mm:ss. Default is 1 day
        max_waiting_sec (int | Unset): Maximum waiting time. Required for the service_level report type
        sq_queue_id (str | Unset): The SmartQueue ID list with a maximum of 5 values separated by semicolons (;). Can
            operate as filter for the calls_blocked_percentage, count_blocked_calls, average_abandonment_rate,
            count_abandonment_calls, service_level, occupancy_rate, min_time_in_queue, max_time_in_queue,
            average_time_in_queue, min_answer_speed, max_answer_speed, average_answer_speed, min_handle_time,
            max_handle_time, average_handle_time, count_handled_calls, min_after_call_worktime, max_after_call_worktime,
            average_after_call_worktime report types
        sq_queue_name (str | Unset): The SmartQueue name list separated by semicolons (;). Can be used instead of
            sq_queue_id
        timezone (str | Unset): The selected timezone or the ‘auto’ value (the account location)
        to_date (str | Unset): The to date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss. Default is the
            current time
        user_id (str | Unset): The user ID list with a maximum of 5 values separated by semicolons (;). Use the ‘all’
            value to select all users. Can operate as a filter for the occupancy_rate, sum_agents_online_time,
            sum_agents_ready_time, sum_agents_dialing_time, sum_agents_in_service_time, sum_agents_afterservice_time,
            sum_agents_dnd_time, sum_agents_banned_time, min_handle_time, max_handle_time, average_handle_time,
            count_handled_calls, min_after_call_worktime, max_after_call_worktime, average_after_call_worktime report types
        user_name (str | Unset): The user name list separated by semicolons (;). user_name can be used instead of
            user_id
    """

    report_type: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    from_date: str | Unset = UNSET
    group_by: GetSmartQueueDayHistoryRequestGroupBy | Unset = UNSET
    interval: str | Unset = UNSET
    max_waiting_sec: int | Unset = UNSET
    sq_queue_id: str | Unset = UNSET
    sq_queue_name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    to_date: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type

        application_id = self.application_id

        application_name = self.application_name

        from_date = self.from_date

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        interval = self.interval

        max_waiting_sec = self.max_waiting_sec

        sq_queue_id = self.sq_queue_id

        sq_queue_name = self.sq_queue_name

        timezone = self.timezone

        to_date = self.to_date

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_type": report_type,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if interval is not UNSET:
            field_dict["interval"] = interval
        if max_waiting_sec is not UNSET:
            field_dict["max_waiting_sec"] = max_waiting_sec
        if sq_queue_id is not UNSET:
            field_dict["sq_queue_id"] = sq_queue_id
        if sq_queue_name is not UNSET:
            field_dict["sq_queue_name"] = sq_queue_name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_type = d.pop("report_type")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        from_date = d.pop("from_date", UNSET)

        _group_by = d.pop("group_by", UNSET)
        group_by: GetSmartQueueDayHistoryRequestGroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = check_get_smart_queue_day_history_request_group_by(_group_by)

        interval = d.pop("interval", UNSET)

        max_waiting_sec = d.pop("max_waiting_sec", UNSET)

        sq_queue_id = d.pop("sq_queue_id", UNSET)

        sq_queue_name = d.pop("sq_queue_name", UNSET)

        timezone = d.pop("timezone", UNSET)

        to_date = d.pop("to_date", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        get_smart_queue_day_history_request = cls(
            report_type=report_type,
            application_id=application_id,
            application_name=application_name,
            from_date=from_date,
            group_by=group_by,
            interval=interval,
            max_waiting_sec=max_waiting_sec,
            sq_queue_id=sq_queue_id,
            sq_queue_name=sq_queue_name,
            timezone=timezone,
            to_date=to_date,
            user_id=user_id,
            user_name=user_name,
        )

        get_smart_queue_day_history_request.additional_properties = d
        return get_smart_queue_day_history_request

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
