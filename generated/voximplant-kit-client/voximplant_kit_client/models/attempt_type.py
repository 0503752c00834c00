from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_code import CompletionCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttemptType")


@_attrs_define
class AttemptType:
    """A call attempt of an automated campaign. No field is required: searchAttempts' `fields` parameter may leave any out.

    Attributes:
        id (str | Unset): Attempt ID (a string in the official client).
        calllist_item_id (int | Unset): Call-list row that was dialed.
        datetime_start (str | Unset): Attempt start.
        datetime_end (None | str | Unset): Attempt end.
        attempt_num (int | Unset): Attempt number for this row, from 1.
        record_url (None | str | Unset): Recording URL.
        attempt_status (bool | Unset): true for a successful attempt (Call_Answered).
        call_data (str | Unset): Row data as JSON text.
        attempt_cost (float | Unset): Cost of the attempt.
        session_id (str | Unset): Voximplant call session ID.
        duration (int | Unset): Talk time, seconds.
        recalc (bool | Unset): Whether the cost was recalculated.
        campaign_id (int | Unset): Campaign ID.
        call_result_code (int | Unset): Numeric result: the CallFailed (SIP) code, 200 when answered (emulator's
            reading, see CallsType).
        call_resources (str | Unset): Resources, JSON text.
        call_calls (str | Unset): Call legs, JSON text.
        call_records (str | Unset): Recordings, JSON text.
        processing (bool | Unset): true while the attempt is being processed.
        completion_code (CompletionCode | None | Unset): Completion code of the call or attempt; null while it is in
            progress.
    """

    id: str | Unset = UNSET
    calllist_item_id: int | Unset = UNSET
    datetime_start: str | Unset = UNSET
    datetime_end: None | str | Unset = UNSET
    attempt_num: int | Unset = UNSET
    record_url: None | str | Unset = UNSET
    attempt_status: bool | Unset = UNSET
    call_data: str | Unset = UNSET
    attempt_cost: float | Unset = UNSET
    session_id: str | Unset = UNSET
    duration: int | Unset = UNSET
    recalc: bool | Unset = UNSET
    campaign_id: int | Unset = UNSET
    call_result_code: int | Unset = UNSET
    call_resources: str | Unset = UNSET
    call_calls: str | Unset = UNSET
    call_records: str | Unset = UNSET
    processing: bool | Unset = UNSET
    completion_code: CompletionCode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        calllist_item_id = self.calllist_item_id

        datetime_start = self.datetime_start

        datetime_end: None | str | Unset
        if isinstance(self.datetime_end, Unset):
            datetime_end = UNSET
        else:
            datetime_end = self.datetime_end

        attempt_num = self.attempt_num

        record_url: None | str | Unset
        if isinstance(self.record_url, Unset):
            record_url = UNSET
        else:
            record_url = self.record_url

        attempt_status = self.attempt_status

        call_data = self.call_data

        attempt_cost = self.attempt_cost

        session_id = self.session_id

        duration = self.duration

        recalc = self.recalc

        campaign_id = self.campaign_id

        call_result_code = self.call_result_code

        call_resources = self.call_resources

        call_calls = self.call_calls

        call_records = self.call_records

        processing = self.processing

        completion_code: None | str | Unset
        if isinstance(self.completion_code, Unset):
            completion_code = UNSET
        elif isinstance(self.completion_code, CompletionCode):
            completion_code = self.completion_code.value
        else:
            completion_code = self.completion_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if calllist_item_id is not UNSET:
            field_dict["calllist_item_id"] = calllist_item_id
        if datetime_start is not UNSET:
            field_dict["datetime_start"] = datetime_start
        if datetime_end is not UNSET:
            field_dict["datetime_end"] = datetime_end
        if attempt_num is not UNSET:
            field_dict["attempt_num"] = attempt_num
        if record_url is not UNSET:
            field_dict["record_url"] = record_url
        if attempt_status is not UNSET:
            field_dict["attempt_status"] = attempt_status
        if call_data is not UNSET:
            field_dict["call_data"] = call_data
        if attempt_cost is not UNSET:
            field_dict["attempt_cost"] = attempt_cost
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if recalc is not UNSET:
            field_dict["recalc"] = recalc
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if call_result_code is not UNSET:
            field_dict["call_result_code"] = call_result_code
        if call_resources is not UNSET:
            field_dict["call_resources"] = call_resources
        if call_calls is not UNSET:
            field_dict["call_calls"] = call_calls
        if call_records is not UNSET:
            field_dict["call_records"] = call_records
        if processing is not UNSET:
            field_dict["processing"] = processing
        if completion_code is not UNSET:
            field_dict["completion_code"] = completion_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        calllist_item_id = d.pop("calllist_item_id", UNSET)

        datetime_start = d.pop("datetime_start", UNSET)

        def _parse_datetime_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        datetime_end = _parse_datetime_end(d.pop("datetime_end", UNSET))

        attempt_num = d.pop("attempt_num", UNSET)

        def _parse_record_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        record_url = _parse_record_url(d.pop("record_url", UNSET))

        attempt_status = d.pop("attempt_status", UNSET)

        call_data = d.pop("call_data", UNSET)

        attempt_cost = d.pop("attempt_cost", UNSET)

        session_id = d.pop("session_id", UNSET)

        duration = d.pop("duration", UNSET)

        recalc = d.pop("recalc", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        call_result_code = d.pop("call_result_code", UNSET)

        call_resources = d.pop("call_resources", UNSET)

        call_calls = d.pop("call_calls", UNSET)

        call_records = d.pop("call_records", UNSET)

        processing = d.pop("processing", UNSET)

        def _parse_completion_code(data: object) -> CompletionCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_code_type_0 = CompletionCode(data)

                return completion_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionCode | None | Unset, data)

        completion_code = _parse_completion_code(d.pop("completion_code", UNSET))

        attempt_type = cls(
            id=id,
            calllist_item_id=calllist_item_id,
            datetime_start=datetime_start,
            datetime_end=datetime_end,
            attempt_num=attempt_num,
            record_url=record_url,
            attempt_status=attempt_status,
            call_data=call_data,
            attempt_cost=attempt_cost,
            session_id=session_id,
            duration=duration,
            recalc=recalc,
            campaign_id=campaign_id,
            call_result_code=call_result_code,
            call_resources=call_resources,
            call_calls=call_calls,
            call_records=call_records,
            processing=processing,
            completion_code=completion_code,
        )

        attempt_type.additional_properties = d
        return attempt_type

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
