from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_code import CompletionCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_type import TagType


T = TypeVar("T", bound="CallsType")


@_attrs_define
class CallsType:
    """A call (calls/searchCalls).

    Attributes:
        id (int): Call ID.
        domain_id (int | Unset): Account ID.
        session_id (int | Unset): Voximplant call session ID.
        scenario_id (int | None | Unset): Scenario that handled the call.
        datetime_start (str | Unset): Call start, `YYYY-MM-DD HH:mm:ss`, UTC.
        phone_a (str | Unset): Calling number (A number).
        phone_b (str | Unset): Called number (B number).
        is_incoming (bool | Unset): true for an inbound call.
        call_result_code (int | Unset): Numeric call result. Not described by the vendor documentation; the emulator
            reports the CallFailed (SIP) code of a failed call and 200 for a call that was answered.
        duration (int | Unset): Talk time, seconds.
        record_url (None | str | Unset): Recording URL; null when the call was not recorded.
        call_cost (float | Unset): Cost of the call in the account currency.
        call_data (str | Unset): Call data as JSON text (scenario variables).
        call_resources (str | Unset): Resources used by the call, JSON text.
        call_calls (str | Unset): Call legs, JSON text.
        call_records (str | Unset): Recordings, JSON text.
        call_status (int | Unset): Numeric call status (not described by the vendor documentation).
        recalc (bool | Unset): Whether the cost was recalculated.
        campaign_id (int | None | Unset): Campaign that placed the call; null for calls outside campaigns.
        processing (bool | Unset): true while the call record is still being processed.
        completion_code (CompletionCode | None | Unset): Completion code of the call or attempt; null while it is in
            progress.
        user_id (int | None | Unset): Agent (user) who handled the call.
        queue_id (int | None | Unset): Queue the call was distributed to.
        tags (list[TagType] | Unset): Tags bound to the call (calls/bindTags).
    """

    id: int
    domain_id: int | Unset = UNSET
    session_id: int | Unset = UNSET
    scenario_id: int | None | Unset = UNSET
    datetime_start: str | Unset = UNSET
    phone_a: str | Unset = UNSET
    phone_b: str | Unset = UNSET
    is_incoming: bool | Unset = UNSET
    call_result_code: int | Unset = UNSET
    duration: int | Unset = UNSET
    record_url: None | str | Unset = UNSET
    call_cost: float | Unset = UNSET
    call_data: str | Unset = UNSET
    call_resources: str | Unset = UNSET
    call_calls: str | Unset = UNSET
    call_records: str | Unset = UNSET
    call_status: int | Unset = UNSET
    recalc: bool | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    processing: bool | Unset = UNSET
    completion_code: CompletionCode | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    queue_id: int | None | Unset = UNSET
    tags: list[TagType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain_id = self.domain_id

        session_id = self.session_id

        scenario_id: int | None | Unset
        if isinstance(self.scenario_id, Unset):
            scenario_id = UNSET
        else:
            scenario_id = self.scenario_id

        datetime_start = self.datetime_start

        phone_a = self.phone_a

        phone_b = self.phone_b

        is_incoming = self.is_incoming

        call_result_code = self.call_result_code

        duration = self.duration

        record_url: None | str | Unset
        if isinstance(self.record_url, Unset):
            record_url = UNSET
        else:
            record_url = self.record_url

        call_cost = self.call_cost

        call_data = self.call_data

        call_resources = self.call_resources

        call_calls = self.call_calls

        call_records = self.call_records

        call_status = self.call_status

        recalc = self.recalc

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        processing = self.processing

        completion_code: None | str | Unset
        if isinstance(self.completion_code, Unset):
            completion_code = UNSET
        elif isinstance(self.completion_code, CompletionCode):
            completion_code = self.completion_code.value
        else:
            completion_code = self.completion_code

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        queue_id: int | None | Unset
        if isinstance(self.queue_id, Unset):
            queue_id = UNSET
        else:
            queue_id = self.queue_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if datetime_start is not UNSET:
            field_dict["datetime_start"] = datetime_start
        if phone_a is not UNSET:
            field_dict["phone_a"] = phone_a
        if phone_b is not UNSET:
            field_dict["phone_b"] = phone_b
        if is_incoming is not UNSET:
            field_dict["is_incoming"] = is_incoming
        if call_result_code is not UNSET:
            field_dict["call_result_code"] = call_result_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if record_url is not UNSET:
            field_dict["record_url"] = record_url
        if call_cost is not UNSET:
            field_dict["call_cost"] = call_cost
        if call_data is not UNSET:
            field_dict["call_data"] = call_data
        if call_resources is not UNSET:
            field_dict["call_resources"] = call_resources
        if call_calls is not UNSET:
            field_dict["call_calls"] = call_calls
        if call_records is not UNSET:
            field_dict["call_records"] = call_records
        if call_status is not UNSET:
            field_dict["call_status"] = call_status
        if recalc is not UNSET:
            field_dict["recalc"] = recalc
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if processing is not UNSET:
            field_dict["processing"] = processing
        if completion_code is not UNSET:
            field_dict["completion_code"] = completion_code
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_type import TagType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        domain_id = d.pop("domain_id", UNSET)

        session_id = d.pop("session_id", UNSET)

        def _parse_scenario_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scenario_id = _parse_scenario_id(d.pop("scenario_id", UNSET))

        datetime_start = d.pop("datetime_start", UNSET)

        phone_a = d.pop("phone_a", UNSET)

        phone_b = d.pop("phone_b", UNSET)

        is_incoming = d.pop("is_incoming", UNSET)

        call_result_code = d.pop("call_result_code", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_record_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        record_url = _parse_record_url(d.pop("record_url", UNSET))

        call_cost = d.pop("call_cost", UNSET)

        call_data = d.pop("call_data", UNSET)

        call_resources = d.pop("call_resources", UNSET)

        call_calls = d.pop("call_calls", UNSET)

        call_records = d.pop("call_records", UNSET)

        call_status = d.pop("call_status", UNSET)

        recalc = d.pop("recalc", UNSET)

        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

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

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_queue_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_id = _parse_queue_id(d.pop("queue_id", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[TagType] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagType.from_dict(tags_item_data)

                tags.append(tags_item)

        calls_type = cls(
            id=id,
            domain_id=domain_id,
            session_id=session_id,
            scenario_id=scenario_id,
            datetime_start=datetime_start,
            phone_a=phone_a,
            phone_b=phone_b,
            is_incoming=is_incoming,
            call_result_code=call_result_code,
            duration=duration,
            record_url=record_url,
            call_cost=call_cost,
            call_data=call_data,
            call_resources=call_resources,
            call_calls=call_calls,
            call_records=call_records,
            call_status=call_status,
            recalc=recalc,
            campaign_id=campaign_id,
            processing=processing,
            completion_code=completion_code,
            user_id=user_id,
            queue_id=queue_id,
            tags=tags,
        )

        calls_type.additional_properties = d
        return calls_type

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
