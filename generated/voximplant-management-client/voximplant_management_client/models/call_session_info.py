from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_session_info_audio_quality import CallSessionInfoAudioQuality, check_call_session_info_audio_quality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_info import CallInfo
    from ..models.record import Record
    from ..models.resource_usage import ResourceUsage


T = TypeVar("T", bound="CallSessionInfo")


@_attrs_define
class CallSessionInfo:
    """
    Attributes:
        account_id (int): Account ID that initiates the JS session
        application_id (int): Application ID that initiates the JS session
        application_name (str): Application name
        audio_quality (CallSessionInfoAudioQuality): Call’s audio quality. The possible values are: Standard | HD |
            Ultra HD.
        call_session_history_id (int): Unique JS session identifier
        initiator_address (str): Initiator’s IP address
        log_file_url (str): Link to the session log. The log retention policy is 1 month, after that time this field
            clears. If you have issues accessing the log file, check if the application has “Secure storage of applications
            and logs” feature enabled. In this case, you need to authorize(/docs/guides/managementapi/secureobjects).
        media_server_address (str): Media server IP address
        rule_name (str): Routing rule name
        start_date (str): Start date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        user_id (int): User ID that initiates the JS session
        calls (list[CallInfo] | Unset): Calls within the JS session, including durations, cost, phone numbers and other
            information
        custom_data (str | Unset): Custom data
        duration (int | Unset): Entire JS session duration in seconds. The session can contain multiple calls
        finish_reason (str | Unset): Finish reason. Possible values are Normal termination, Insufficient funds, Internal
            error (billing timeout), Terminated administratively, JS session error, Timeout
        other_resource_usage (list[ResourceUsage] | Unset): Used resources
        records (list[Record] | Unset): Bound records
    """

    account_id: int
    application_id: int
    application_name: str
    audio_quality: CallSessionInfoAudioQuality
    call_session_history_id: int
    initiator_address: str
    log_file_url: str
    media_server_address: str
    rule_name: str
    start_date: str
    user_id: int
    calls: list[CallInfo] | Unset = UNSET
    custom_data: str | Unset = UNSET
    duration: int | Unset = UNSET
    finish_reason: str | Unset = UNSET
    other_resource_usage: list[ResourceUsage] | Unset = UNSET
    records: list[Record] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        application_id = self.application_id

        application_name = self.application_name

        audio_quality: str = self.audio_quality

        call_session_history_id = self.call_session_history_id

        initiator_address = self.initiator_address

        log_file_url = self.log_file_url

        media_server_address = self.media_server_address

        rule_name = self.rule_name

        start_date = self.start_date

        user_id = self.user_id

        calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calls, Unset):
            calls = []
            for calls_item_data in self.calls:
                calls_item = calls_item_data.to_dict()
                calls.append(calls_item)

        custom_data = self.custom_data

        duration = self.duration

        finish_reason = self.finish_reason

        other_resource_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_resource_usage, Unset):
            other_resource_usage = []
            for other_resource_usage_item_data in self.other_resource_usage:
                other_resource_usage_item = other_resource_usage_item_data.to_dict()
                other_resource_usage.append(other_resource_usage_item)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "application_id": application_id,
                "application_name": application_name,
                "audio_quality": audio_quality,
                "call_session_history_id": call_session_history_id,
                "initiator_address": initiator_address,
                "log_file_url": log_file_url,
                "media_server_address": media_server_address,
                "rule_name": rule_name,
                "start_date": start_date,
                "user_id": user_id,
            }
        )
        if calls is not UNSET:
            field_dict["calls"] = calls
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if duration is not UNSET:
            field_dict["duration"] = duration
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if other_resource_usage is not UNSET:
            field_dict["other_resource_usage"] = other_resource_usage
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_info import CallInfo  # noqa: PLC0415
        from ..models.record import Record  # noqa: PLC0415
        from ..models.resource_usage import ResourceUsage  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        application_id = d.pop("application_id")

        application_name = d.pop("application_name")

        audio_quality = check_call_session_info_audio_quality(d.pop("audio_quality"))

        call_session_history_id = d.pop("call_session_history_id")

        initiator_address = d.pop("initiator_address")

        log_file_url = d.pop("log_file_url")

        media_server_address = d.pop("media_server_address")

        rule_name = d.pop("rule_name")

        start_date = d.pop("start_date")

        user_id = d.pop("user_id")

        _calls = d.pop("calls", UNSET)
        calls: list[CallInfo] | Unset = UNSET
        if _calls is not UNSET:
            calls = []
            for calls_item_data in _calls:
                calls_item = CallInfo.from_dict(calls_item_data)

                calls.append(calls_item)

        custom_data = d.pop("custom_data", UNSET)

        duration = d.pop("duration", UNSET)

        finish_reason = d.pop("finish_reason", UNSET)

        _other_resource_usage = d.pop("other_resource_usage", UNSET)
        other_resource_usage: list[ResourceUsage] | Unset = UNSET
        if _other_resource_usage is not UNSET:
            other_resource_usage = []
            for other_resource_usage_item_data in _other_resource_usage:
                other_resource_usage_item = ResourceUsage.from_dict(other_resource_usage_item_data)

                other_resource_usage.append(other_resource_usage_item)

        _records = d.pop("records", UNSET)
        records: list[Record] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = Record.from_dict(records_item_data)

                records.append(records_item)

        call_session_info = cls(
            account_id=account_id,
            application_id=application_id,
            application_name=application_name,
            audio_quality=audio_quality,
            call_session_history_id=call_session_history_id,
            initiator_address=initiator_address,
            log_file_url=log_file_url,
            media_server_address=media_server_address,
            rule_name=rule_name,
            start_date=start_date,
            user_id=user_id,
            calls=calls,
            custom_data=custom_data,
            duration=duration,
            finish_reason=finish_reason,
            other_resource_usage=other_resource_usage,
            records=records,
        )

        call_session_info.additional_properties = d
        return call_session_info

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
