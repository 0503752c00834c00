from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_call_history_async_request_output import (
    GetCallHistoryAsyncRequestOutput,
    check_get_call_history_async_request_output,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCallHistoryAsyncRequest")


@_attrs_define
class GetCallHistoryAsyncRequest:
    """
    Attributes:
        from_date (str): The from date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        to_date (str): The to date in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        application_id (int | Unset): To receive the call history for a specific application, pass the application ID to
            this parameter
        application_name (str | Unset): The application name, can be used instead of application_id
        call_session_history_custom_data (str | Unset): To filter the call history by the custom_data passed to the call
            sessions, pass the custom data to this parameter
        call_session_history_id (str | Unset): To get the call history for the specific sessions, pass the session IDs
            to this parameter separated by a semicolon (;). You can find the session ID in the
            AppEvents.Started(/docs/references/voxengine/appevents#started) event’s sessionID property in a scenario, or
            retrieve it from the call_session_history_id value returned from the
            StartScenarios(https://voximplant.com/docs/references/httpapi/scenarios#reorderscenarios) or
            StartConference(https://voximplant.com/docs/references/httpapi/scenarios#startconference) methods
        child_account_id (str | Unset): The child account ID list separated by semicolons (;)
        children_calls_only (bool | Unset): Whether to get the children account calls only
        desc_order (bool | Unset): Whether to get records in the descent order
        local_number (str | Unset): To receive a call history for a specific local numbers, pass the number list
            separated by semicolons (;). A local number is a number on the platform side
        output (GetCallHistoryAsyncRequestOutput | Unset): The output format. The following values available: csv. The
            default value is csv
        remote_number (str | Unset): To receive a call history for a specific remote numbers, pass the number list
            separated by semicolons (;). A remote number is a number on the client side
        rule_name (str | Unset): To receive the call history for a specific routing rule, pass the rule name to this
            parameter. Applies only if you set application_id or application_name
        timezone (str | Unset):
        user_id (str | Unset): To receive the call history for a specific users, pass the user ID list separated by
            semicolons (;). If it is specified, the output contains the calls from the listed users only
        with_calls (bool | Unset): Whether to receive a list of sessions with all calls within the sessions, including
            phone numbers, call cost and other information
        with_header (bool | Unset): Whether to get a CSV file with the column names if the output=csv
        with_other_resources (bool | Unset): Whether to get other resources usage (see ResourceUsageType)
        with_records (bool | Unset): Whether to get the calls’ records
    """

    from_date: str
    to_date: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    call_session_history_custom_data: str | Unset = UNSET
    call_session_history_id: str | Unset = UNSET
    child_account_id: str | Unset = UNSET
    children_calls_only: bool | Unset = UNSET
    desc_order: bool | Unset = UNSET
    local_number: str | Unset = UNSET
    output: GetCallHistoryAsyncRequestOutput | Unset = UNSET
    remote_number: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    user_id: str | Unset = UNSET
    with_calls: bool | Unset = UNSET
    with_header: bool | Unset = UNSET
    with_other_resources: bool | Unset = UNSET
    with_records: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        application_id = self.application_id

        application_name = self.application_name

        call_session_history_custom_data = self.call_session_history_custom_data

        call_session_history_id = self.call_session_history_id

        child_account_id = self.child_account_id

        children_calls_only = self.children_calls_only

        desc_order = self.desc_order

        local_number = self.local_number

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        remote_number = self.remote_number

        rule_name = self.rule_name

        timezone = self.timezone

        user_id = self.user_id

        with_calls = self.with_calls

        with_header = self.with_header

        with_other_resources = self.with_other_resources

        with_records = self.with_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "to_date": to_date,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if call_session_history_custom_data is not UNSET:
            field_dict["call_session_history_custom_data"] = call_session_history_custom_data
        if call_session_history_id is not UNSET:
            field_dict["call_session_history_id"] = call_session_history_id
        if child_account_id is not UNSET:
            field_dict["child_account_id"] = child_account_id
        if children_calls_only is not UNSET:
            field_dict["children_calls_only"] = children_calls_only
        if desc_order is not UNSET:
            field_dict["desc_order"] = desc_order
        if local_number is not UNSET:
            field_dict["local_number"] = local_number
        if output is not UNSET:
            field_dict["output"] = output
        if remote_number is not UNSET:
            field_dict["remote_number"] = remote_number
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if with_calls is not UNSET:
            field_dict["with_calls"] = with_calls
        if with_header is not UNSET:
            field_dict["with_header"] = with_header
        if with_other_resources is not UNSET:
            field_dict["with_other_resources"] = with_other_resources
        if with_records is not UNSET:
            field_dict["with_records"] = with_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_date = d.pop("from_date")

        to_date = d.pop("to_date")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        call_session_history_custom_data = d.pop("call_session_history_custom_data", UNSET)

        call_session_history_id = d.pop("call_session_history_id", UNSET)

        child_account_id = d.pop("child_account_id", UNSET)

        children_calls_only = d.pop("children_calls_only", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        local_number = d.pop("local_number", UNSET)

        _output = d.pop("output", UNSET)
        output: GetCallHistoryAsyncRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_get_call_history_async_request_output(_output)

        remote_number = d.pop("remote_number", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        timezone = d.pop("timezone", UNSET)

        user_id = d.pop("user_id", UNSET)

        with_calls = d.pop("with_calls", UNSET)

        with_header = d.pop("with_header", UNSET)

        with_other_resources = d.pop("with_other_resources", UNSET)

        with_records = d.pop("with_records", UNSET)

        get_call_history_async_request = cls(
            from_date=from_date,
            to_date=to_date,
            application_id=application_id,
            application_name=application_name,
            call_session_history_custom_data=call_session_history_custom_data,
            call_session_history_id=call_session_history_id,
            child_account_id=child_account_id,
            children_calls_only=children_calls_only,
            desc_order=desc_order,
            local_number=local_number,
            output=output,
            remote_number=remote_number,
            rule_name=rule_name,
            timezone=timezone,
            user_id=user_id,
            with_calls=with_calls,
            with_header=with_header,
            with_other_resources=with_other_resources,
            with_records=with_records,
        )

        get_call_history_async_request.additional_properties = d
        return get_call_history_async_request

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
