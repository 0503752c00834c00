from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pds_update_campaign_form_mode import PdsUpdateCampaignFormMode
from ..models.pds_update_campaign_form_operator_priority_strategy import PdsUpdateCampaignFormOperatorPriorityStrategy
from ..models.pds_update_campaign_form_outbound_record_notification_duration import (
    PdsUpdateCampaignFormOutboundRecordNotificationDuration,
)
from ..models.pds_update_campaign_form_outbound_record_notification_type import (
    PdsUpdateCampaignFormOutboundRecordNotificationType,
)
from ..models.pds_update_campaign_form_region import PdsUpdateCampaignFormRegion
from ..models.pds_update_campaign_form_request_priority_strategy import PdsUpdateCampaignFormRequestPriorityStrategy
from ..models.pds_update_campaign_form_voicemail_detection_model import PdsUpdateCampaignFormVoicemailDetectionModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsUpdateCampaignForm")


@_attrs_define
class PdsUpdateCampaignForm:
    """updateCampaign parameters.

    Attributes:
        id (int): Campaign id.
        title (str): Campaign name.
        caller_id (int | Unset): Caller number: verified caller id id.
        sip_number_id (int | Unset): Caller number: number on a SIP trunk.
        phone_numbers (str | Unset): Rotating caller pool as JSON text: {phone_number_ids:[..], caller_id_ids:[..]} or
            {sip_number_ids:[..]}; SIP numbers cannot be mixed with the others.
        working_time (str | Unset): Daily window ['HH:mm:ss','HH:mm:ss'] in the contact's local time; empty = 24/7. JSON
            text, e.g. `["09:00:00","18:00:00"]`.
        max_attempts (int | Unset): Dial attempts per contact, 1..5, default 1.
        interval (int | Unset): Minutes between attempts, default 60.
        user_ids (str | Unset): Agents assigned to the campaign. JSON text, e.g. `[1,2]`.
        operator_priority_strategy (PdsUpdateCampaignFormOperatorPriorityStrategy | Unset): Agent selection rule.
        request_priority_strategy (PdsUpdateCampaignFormRequestPriorityStrategy | Unset): Task ordering rule.
        voicemail_detection_enabled (bool | Unset): Turn answering-machine detection on.
        voicemail_detection_model (PdsUpdateCampaignFormVoicemailDetectionModel | Unset): Detection model; needed when
            detection is on.
        voicemail_detection_timeout_sec (float | Unset): Detection timeout, 1..10.
        voicemail_detection_timeout_continue_call (bool | Unset): On undecided result: true = pass to agent, false =
            hang up.
        dial_up_time_sec (int | Unset): Ring time before giving up (response default 40).
        mode (PdsUpdateCampaignFormMode | Unset): Dialer mode, default predictive.
        task_multiplier (float | Unset): Progressive pace 1.0..25.0.
        abandonment_rate (int | Unset): Predictive target abandon %, 1..100, default 3.
        afterservice_time_limit_enabled (bool | Unset): Limit after-call work time.
        afterservice_time_limit (int | Unset): After-call work limit, seconds.
        can_outbound_record (bool | Unset): Record calls.
        outbound_record_notification_type (PdsUpdateCampaignFormOutboundRecordNotificationType | Unset): How callee is
            told about recording.
        outbound_record_notification_duration (PdsUpdateCampaignFormOutboundRecordNotificationDuration | Unset):
            Recording storage period (the collection notes structure notes call it 'storage').
        tts_language (str | Unset): TTS language for the notice.
        tts_voice (str | Unset): TTS voice for the notice.
        tts_text (str | Unset): TTS text for the notice.
        media_id (int | Unset): Audio file for the notice (see media/searchMedia).
        client_waiting_media_id (int | Unset): Audio played while customer waits for an agent.
        call_auto_answer (bool | Unset): Agents auto-answer, default false.
        agents_can_decline_calls (bool | Unset): Agents may reject, default true.
        region_enabled (bool | Unset): Pin media region.
        region (PdsUpdateCampaignFormRegion | Unset): Media region; needed when region_enabled.
        wrap_up_codes_set_id (int | Unset): Wrap-up code set for agents.
        wrap_up_dnc_list_id (int | Unset): DNC list used by an 'add to DNC' wrap-up code.
        dnc_lists (str | Unset): DNC lists whose numbers are skipped. JSON text, e.g. `[1,2]`.
    """

    id: int
    title: str
    caller_id: int | Unset = UNSET
    sip_number_id: int | Unset = UNSET
    phone_numbers: str | Unset = UNSET
    working_time: str | Unset = UNSET
    max_attempts: int | Unset = UNSET
    interval: int | Unset = UNSET
    user_ids: str | Unset = UNSET
    operator_priority_strategy: PdsUpdateCampaignFormOperatorPriorityStrategy | Unset = UNSET
    request_priority_strategy: PdsUpdateCampaignFormRequestPriorityStrategy | Unset = UNSET
    voicemail_detection_enabled: bool | Unset = UNSET
    voicemail_detection_model: PdsUpdateCampaignFormVoicemailDetectionModel | Unset = UNSET
    voicemail_detection_timeout_sec: float | Unset = UNSET
    voicemail_detection_timeout_continue_call: bool | Unset = UNSET
    dial_up_time_sec: int | Unset = UNSET
    mode: PdsUpdateCampaignFormMode | Unset = UNSET
    task_multiplier: float | Unset = UNSET
    abandonment_rate: int | Unset = UNSET
    afterservice_time_limit_enabled: bool | Unset = UNSET
    afterservice_time_limit: int | Unset = UNSET
    can_outbound_record: bool | Unset = UNSET
    outbound_record_notification_type: PdsUpdateCampaignFormOutboundRecordNotificationType | Unset = UNSET
    outbound_record_notification_duration: PdsUpdateCampaignFormOutboundRecordNotificationDuration | Unset = UNSET
    tts_language: str | Unset = UNSET
    tts_voice: str | Unset = UNSET
    tts_text: str | Unset = UNSET
    media_id: int | Unset = UNSET
    client_waiting_media_id: int | Unset = UNSET
    call_auto_answer: bool | Unset = UNSET
    agents_can_decline_calls: bool | Unset = UNSET
    region_enabled: bool | Unset = UNSET
    region: PdsUpdateCampaignFormRegion | Unset = UNSET
    wrap_up_codes_set_id: int | Unset = UNSET
    wrap_up_dnc_list_id: int | Unset = UNSET
    dnc_lists: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        caller_id = self.caller_id

        sip_number_id = self.sip_number_id

        phone_numbers = self.phone_numbers

        working_time = self.working_time

        max_attempts = self.max_attempts

        interval = self.interval

        user_ids = self.user_ids

        operator_priority_strategy: str | Unset = UNSET
        if not isinstance(self.operator_priority_strategy, Unset):
            operator_priority_strategy = self.operator_priority_strategy.value

        request_priority_strategy: str | Unset = UNSET
        if not isinstance(self.request_priority_strategy, Unset):
            request_priority_strategy = self.request_priority_strategy.value

        voicemail_detection_enabled = self.voicemail_detection_enabled

        voicemail_detection_model: str | Unset = UNSET
        if not isinstance(self.voicemail_detection_model, Unset):
            voicemail_detection_model = self.voicemail_detection_model.value

        voicemail_detection_timeout_sec = self.voicemail_detection_timeout_sec

        voicemail_detection_timeout_continue_call = self.voicemail_detection_timeout_continue_call

        dial_up_time_sec = self.dial_up_time_sec

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        task_multiplier = self.task_multiplier

        abandonment_rate = self.abandonment_rate

        afterservice_time_limit_enabled = self.afterservice_time_limit_enabled

        afterservice_time_limit = self.afterservice_time_limit

        can_outbound_record = self.can_outbound_record

        outbound_record_notification_type: str | Unset = UNSET
        if not isinstance(self.outbound_record_notification_type, Unset):
            outbound_record_notification_type = self.outbound_record_notification_type.value

        outbound_record_notification_duration: str | Unset = UNSET
        if not isinstance(self.outbound_record_notification_duration, Unset):
            outbound_record_notification_duration = self.outbound_record_notification_duration.value

        tts_language = self.tts_language

        tts_voice = self.tts_voice

        tts_text = self.tts_text

        media_id = self.media_id

        client_waiting_media_id = self.client_waiting_media_id

        call_auto_answer = self.call_auto_answer

        agents_can_decline_calls = self.agents_can_decline_calls

        region_enabled = self.region_enabled

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        wrap_up_codes_set_id = self.wrap_up_codes_set_id

        wrap_up_dnc_list_id = self.wrap_up_dnc_list_id

        dnc_lists = self.dnc_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if sip_number_id is not UNSET:
            field_dict["sip_number_id"] = sip_number_id
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if working_time is not UNSET:
            field_dict["working_time"] = working_time
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if interval is not UNSET:
            field_dict["interval"] = interval
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if operator_priority_strategy is not UNSET:
            field_dict["operator_priority_strategy"] = operator_priority_strategy
        if request_priority_strategy is not UNSET:
            field_dict["request_priority_strategy"] = request_priority_strategy
        if voicemail_detection_enabled is not UNSET:
            field_dict["voicemail_detection_enabled"] = voicemail_detection_enabled
        if voicemail_detection_model is not UNSET:
            field_dict["voicemail_detection_model"] = voicemail_detection_model
        if voicemail_detection_timeout_sec is not UNSET:
            field_dict["voicemail_detection_timeout_sec"] = voicemail_detection_timeout_sec
        if voicemail_detection_timeout_continue_call is not UNSET:
            field_dict["voicemail_detection_timeout_continue_call"] = voicemail_detection_timeout_continue_call
        if dial_up_time_sec is not UNSET:
            field_dict["dial_up_time_sec"] = dial_up_time_sec
        if mode is not UNSET:
            field_dict["mode"] = mode
        if task_multiplier is not UNSET:
            field_dict["task_multiplier"] = task_multiplier
        if abandonment_rate is not UNSET:
            field_dict["abandonment_rate"] = abandonment_rate
        if afterservice_time_limit_enabled is not UNSET:
            field_dict["afterservice_time_limit_enabled"] = afterservice_time_limit_enabled
        if afterservice_time_limit is not UNSET:
            field_dict["afterservice_time_limit"] = afterservice_time_limit
        if can_outbound_record is not UNSET:
            field_dict["can_outbound_record"] = can_outbound_record
        if outbound_record_notification_type is not UNSET:
            field_dict["outbound_record_notification_type"] = outbound_record_notification_type
        if outbound_record_notification_duration is not UNSET:
            field_dict["outbound_record_notification_duration"] = outbound_record_notification_duration
        if tts_language is not UNSET:
            field_dict["tts_language"] = tts_language
        if tts_voice is not UNSET:
            field_dict["tts_voice"] = tts_voice
        if tts_text is not UNSET:
            field_dict["tts_text"] = tts_text
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if client_waiting_media_id is not UNSET:
            field_dict["client_waiting_media_id"] = client_waiting_media_id
        if call_auto_answer is not UNSET:
            field_dict["call_auto_answer"] = call_auto_answer
        if agents_can_decline_calls is not UNSET:
            field_dict["agents_can_decline_calls"] = agents_can_decline_calls
        if region_enabled is not UNSET:
            field_dict["region_enabled"] = region_enabled
        if region is not UNSET:
            field_dict["region"] = region
        if wrap_up_codes_set_id is not UNSET:
            field_dict["wrap_up_codes_set_id"] = wrap_up_codes_set_id
        if wrap_up_dnc_list_id is not UNSET:
            field_dict["wrap_up_dnc_list_id"] = wrap_up_dnc_list_id
        if dnc_lists is not UNSET:
            field_dict["dnc_lists"] = dnc_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        caller_id = d.pop("caller_id", UNSET)

        sip_number_id = d.pop("sip_number_id", UNSET)

        phone_numbers = d.pop("phone_numbers", UNSET)

        working_time = d.pop("working_time", UNSET)

        max_attempts = d.pop("max_attempts", UNSET)

        interval = d.pop("interval", UNSET)

        user_ids = d.pop("user_ids", UNSET)

        _operator_priority_strategy = d.pop("operator_priority_strategy", UNSET)
        operator_priority_strategy: PdsUpdateCampaignFormOperatorPriorityStrategy | Unset
        if isinstance(_operator_priority_strategy, Unset):
            operator_priority_strategy = UNSET
        else:
            operator_priority_strategy = PdsUpdateCampaignFormOperatorPriorityStrategy(_operator_priority_strategy)

        _request_priority_strategy = d.pop("request_priority_strategy", UNSET)
        request_priority_strategy: PdsUpdateCampaignFormRequestPriorityStrategy | Unset
        if isinstance(_request_priority_strategy, Unset):
            request_priority_strategy = UNSET
        else:
            request_priority_strategy = PdsUpdateCampaignFormRequestPriorityStrategy(_request_priority_strategy)

        voicemail_detection_enabled = d.pop("voicemail_detection_enabled", UNSET)

        _voicemail_detection_model = d.pop("voicemail_detection_model", UNSET)
        voicemail_detection_model: PdsUpdateCampaignFormVoicemailDetectionModel | Unset
        if isinstance(_voicemail_detection_model, Unset):
            voicemail_detection_model = UNSET
        else:
            voicemail_detection_model = PdsUpdateCampaignFormVoicemailDetectionModel(_voicemail_detection_model)

        voicemail_detection_timeout_sec = d.pop("voicemail_detection_timeout_sec", UNSET)

        voicemail_detection_timeout_continue_call = d.pop("voicemail_detection_timeout_continue_call", UNSET)

        dial_up_time_sec = d.pop("dial_up_time_sec", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: PdsUpdateCampaignFormMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = PdsUpdateCampaignFormMode(_mode)

        task_multiplier = d.pop("task_multiplier", UNSET)

        abandonment_rate = d.pop("abandonment_rate", UNSET)

        afterservice_time_limit_enabled = d.pop("afterservice_time_limit_enabled", UNSET)

        afterservice_time_limit = d.pop("afterservice_time_limit", UNSET)

        can_outbound_record = d.pop("can_outbound_record", UNSET)

        _outbound_record_notification_type = d.pop("outbound_record_notification_type", UNSET)
        outbound_record_notification_type: PdsUpdateCampaignFormOutboundRecordNotificationType | Unset
        if isinstance(_outbound_record_notification_type, Unset):
            outbound_record_notification_type = UNSET
        else:
            outbound_record_notification_type = PdsUpdateCampaignFormOutboundRecordNotificationType(
                _outbound_record_notification_type
            )

        _outbound_record_notification_duration = d.pop("outbound_record_notification_duration", UNSET)
        outbound_record_notification_duration: PdsUpdateCampaignFormOutboundRecordNotificationDuration | Unset
        if isinstance(_outbound_record_notification_duration, Unset):
            outbound_record_notification_duration = UNSET
        else:
            outbound_record_notification_duration = PdsUpdateCampaignFormOutboundRecordNotificationDuration(
                _outbound_record_notification_duration
            )

        tts_language = d.pop("tts_language", UNSET)

        tts_voice = d.pop("tts_voice", UNSET)

        tts_text = d.pop("tts_text", UNSET)

        media_id = d.pop("media_id", UNSET)

        client_waiting_media_id = d.pop("client_waiting_media_id", UNSET)

        call_auto_answer = d.pop("call_auto_answer", UNSET)

        agents_can_decline_calls = d.pop("agents_can_decline_calls", UNSET)

        region_enabled = d.pop("region_enabled", UNSET)

        _region = d.pop("region", UNSET)
        region: PdsUpdateCampaignFormRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = PdsUpdateCampaignFormRegion(_region)

        wrap_up_codes_set_id = d.pop("wrap_up_codes_set_id", UNSET)

        wrap_up_dnc_list_id = d.pop("wrap_up_dnc_list_id", UNSET)

        dnc_lists = d.pop("dnc_lists", UNSET)

        pds_update_campaign_form = cls(
            id=id,
            title=title,
            caller_id=caller_id,
            sip_number_id=sip_number_id,
            phone_numbers=phone_numbers,
            working_time=working_time,
            max_attempts=max_attempts,
            interval=interval,
            user_ids=user_ids,
            operator_priority_strategy=operator_priority_strategy,
            request_priority_strategy=request_priority_strategy,
            voicemail_detection_enabled=voicemail_detection_enabled,
            voicemail_detection_model=voicemail_detection_model,
            voicemail_detection_timeout_sec=voicemail_detection_timeout_sec,
            voicemail_detection_timeout_continue_call=voicemail_detection_timeout_continue_call,
            dial_up_time_sec=dial_up_time_sec,
            mode=mode,
            task_multiplier=task_multiplier,
            abandonment_rate=abandonment_rate,
            afterservice_time_limit_enabled=afterservice_time_limit_enabled,
            afterservice_time_limit=afterservice_time_limit,
            can_outbound_record=can_outbound_record,
            outbound_record_notification_type=outbound_record_notification_type,
            outbound_record_notification_duration=outbound_record_notification_duration,
            tts_language=tts_language,
            tts_voice=tts_voice,
            tts_text=tts_text,
            media_id=media_id,
            client_waiting_media_id=client_waiting_media_id,
            call_auto_answer=call_auto_answer,
            agents_can_decline_calls=agents_can_decline_calls,
            region_enabled=region_enabled,
            region=region,
            wrap_up_codes_set_id=wrap_up_codes_set_id,
            wrap_up_dnc_list_id=wrap_up_dnc_list_id,
            dnc_lists=dnc_lists,
        )

        pds_update_campaign_form.additional_properties = d
        return pds_update_campaign_form

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
