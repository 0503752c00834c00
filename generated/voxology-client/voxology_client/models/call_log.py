from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_log_detection_type_1 import CallLogDetectionType1
from ..models.call_log_detection_type_2_type_1 import CallLogDetectionType2Type1
from ..models.call_log_detection_type_3_type_1 import CallLogDetectionType3Type1
from ..models.call_log_direction import CallLogDirection
from ..models.call_log_hangup_end_type_1 import CallLogHangupEndType1
from ..models.call_log_hangup_end_type_2_type_1 import CallLogHangupEndType2Type1
from ..models.call_log_hangup_end_type_3_type_1 import CallLogHangupEndType3Type1
from ..models.call_log_service import CallLogService
from ..models.call_log_status import CallLogStatus
from ..models.call_log_type import CallLogType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_log_charge import CallLogCharge
    from ..models.call_log_sip_type_0 import CallLogSipType0
    from ..models.config_snapshot import ConfigSnapshot


T = TypeVar("T", bound="CallLog")


@_attrs_define
class CallLog:
    """
    Attributes:
        id (str): The ID of the log.
        call_id (str):
        caller_no (str):
        api_no (str):
        start_time (str): An ISO 8601 date/time.
        type_ (CallLogType): voice or sms.
        direction (CallLogDirection):
        status (CallLogStatus):
        app_id (str | Unset): The ID of the application (typed integer in the table, a string in the example).
        subaccount_id (int | Unset):
        parent_call_id (None | str | Unset):
        end_time (None | str | Unset): An ISO 8601 date/time.
        hangup_end (CallLogHangupEndType1 | CallLogHangupEndType2Type1 | CallLogHangupEndType3Type1 | None | Unset):
            Which end hung up first.
        duration (int | Unset): The length of the call in milliseconds.
        error (None | str | Unset):
        error_code (int | None | Unset):
        detection (CallLogDetectionType1 | CallLogDetectionType2Type1 | CallLogDetectionType3Type1 | None | Unset):
        connect_time_billed (float | Unset): The multiplier of minutes billed.
        connect_time_sec (int | Unset): Seconds connected (billing).
        origin_api (str | Unset): CallFlows, Dials_SMS.
        text_message (None | str | Unset): For SMS logs, the message.
        config (ConfigSnapshot | None | Unset):
        sip (CallLogSipType0 | None | Unset):
        charge (CallLogCharge | Unset):
        service (CallLogService | Unset):
        lrn (None | str | Unset): The Location Routing Number at the time of the call.
        created_on (str | Unset):
        updated_on (str | Unset):
    """

    id: str
    call_id: str
    caller_no: str
    api_no: str
    start_time: str
    type_: CallLogType
    direction: CallLogDirection
    status: CallLogStatus
    app_id: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    parent_call_id: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    hangup_end: CallLogHangupEndType1 | CallLogHangupEndType2Type1 | CallLogHangupEndType3Type1 | None | Unset = UNSET
    duration: int | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    detection: CallLogDetectionType1 | CallLogDetectionType2Type1 | CallLogDetectionType3Type1 | None | Unset = UNSET
    connect_time_billed: float | Unset = UNSET
    connect_time_sec: int | Unset = UNSET
    origin_api: str | Unset = UNSET
    text_message: None | str | Unset = UNSET
    config: ConfigSnapshot | None | Unset = UNSET
    sip: CallLogSipType0 | None | Unset = UNSET
    charge: CallLogCharge | Unset = UNSET
    service: CallLogService | Unset = UNSET
    lrn: None | str | Unset = UNSET
    created_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_log_sip_type_0 import CallLogSipType0  # noqa: PLC0415
        from ..models.config_snapshot import ConfigSnapshot  # noqa: PLC0415

        id = self.id

        call_id = self.call_id

        caller_no = self.caller_no

        api_no = self.api_no

        start_time = self.start_time

        type_ = self.type_.value

        direction = self.direction.value

        status = self.status.value

        app_id = self.app_id

        subaccount_id = self.subaccount_id

        parent_call_id: None | str | Unset
        if isinstance(self.parent_call_id, Unset):
            parent_call_id = UNSET
        else:
            parent_call_id = self.parent_call_id

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        hangup_end: None | str | Unset
        if isinstance(self.hangup_end, Unset):
            hangup_end = UNSET
        elif isinstance(self.hangup_end, CallLogHangupEndType1):
            hangup_end = self.hangup_end.value
        elif isinstance(self.hangup_end, CallLogHangupEndType2Type1):
            hangup_end = self.hangup_end.value
        elif isinstance(self.hangup_end, CallLogHangupEndType3Type1):
            hangup_end = self.hangup_end.value
        else:
            hangup_end = self.hangup_end

        duration = self.duration

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        detection: None | str | Unset
        if isinstance(self.detection, Unset):
            detection = UNSET
        elif isinstance(self.detection, CallLogDetectionType1):
            detection = self.detection.value
        elif isinstance(self.detection, CallLogDetectionType2Type1):
            detection = self.detection.value
        elif isinstance(self.detection, CallLogDetectionType3Type1):
            detection = self.detection.value
        else:
            detection = self.detection

        connect_time_billed = self.connect_time_billed

        connect_time_sec = self.connect_time_sec

        origin_api = self.origin_api

        text_message: None | str | Unset
        if isinstance(self.text_message, Unset):
            text_message = UNSET
        else:
            text_message = self.text_message

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ConfigSnapshot):
            config = self.config.to_dict()
        else:
            config = self.config

        sip: dict[str, Any] | None | Unset
        if isinstance(self.sip, Unset):
            sip = UNSET
        elif isinstance(self.sip, CallLogSipType0):
            sip = self.sip.to_dict()
        else:
            sip = self.sip

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        service: str | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.value

        lrn: None | str | Unset
        if isinstance(self.lrn, Unset):
            lrn = UNSET
        else:
            lrn = self.lrn

        created_on = self.created_on

        updated_on = self.updated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "caller_no": caller_no,
                "api_no": api_no,
                "start_time": start_time,
                "type": type_,
                "direction": direction,
                "status": status,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if parent_call_id is not UNSET:
            field_dict["parent_call_id"] = parent_call_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if hangup_end is not UNSET:
            field_dict["hangup_end"] = hangup_end
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if detection is not UNSET:
            field_dict["detection"] = detection
        if connect_time_billed is not UNSET:
            field_dict["connect_time_billed"] = connect_time_billed
        if connect_time_sec is not UNSET:
            field_dict["connect_time_sec"] = connect_time_sec
        if origin_api is not UNSET:
            field_dict["origin_api"] = origin_api
        if text_message is not UNSET:
            field_dict["text_message"] = text_message
        if config is not UNSET:
            field_dict["config"] = config
        if sip is not UNSET:
            field_dict["sip"] = sip
        if charge is not UNSET:
            field_dict["charge"] = charge
        if service is not UNSET:
            field_dict["service"] = service
        if lrn is not UNSET:
            field_dict["lrn"] = lrn
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_log_charge import CallLogCharge  # noqa: PLC0415
        from ..models.call_log_sip_type_0 import CallLogSipType0  # noqa: PLC0415
        from ..models.config_snapshot import ConfigSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        caller_no = d.pop("caller_no")

        api_no = d.pop("api_no")

        start_time = d.pop("start_time")

        type_ = CallLogType(d.pop("type"))

        direction = CallLogDirection(d.pop("direction"))

        status = CallLogStatus(d.pop("status"))

        app_id = d.pop("app_id", UNSET)

        subaccount_id = d.pop("subaccount_id", UNSET)

        def _parse_parent_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_call_id = _parse_parent_call_id(d.pop("parent_call_id", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_hangup_end(
            data: object,
        ) -> CallLogHangupEndType1 | CallLogHangupEndType2Type1 | CallLogHangupEndType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hangup_end_type_1 = CallLogHangupEndType1(data)

                return hangup_end_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hangup_end_type_2_type_1 = CallLogHangupEndType2Type1(data)

                return hangup_end_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hangup_end_type_3_type_1 = CallLogHangupEndType3Type1(data)

                return hangup_end_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CallLogHangupEndType1 | CallLogHangupEndType2Type1 | CallLogHangupEndType3Type1 | None | Unset, data
            )

        hangup_end = _parse_hangup_end(d.pop("hangup_end", UNSET))

        duration = d.pop("duration", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_detection(
            data: object,
        ) -> CallLogDetectionType1 | CallLogDetectionType2Type1 | CallLogDetectionType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_1 = CallLogDetectionType1(data)

                return detection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_2_type_1 = CallLogDetectionType2Type1(data)

                return detection_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_3_type_1 = CallLogDetectionType3Type1(data)

                return detection_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CallLogDetectionType1 | CallLogDetectionType2Type1 | CallLogDetectionType3Type1 | None | Unset, data
            )

        detection = _parse_detection(d.pop("detection", UNSET))

        connect_time_billed = d.pop("connect_time_billed", UNSET)

        connect_time_sec = d.pop("connect_time_sec", UNSET)

        origin_api = d.pop("origin_api", UNSET)

        def _parse_text_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_message = _parse_text_message(d.pop("text_message", UNSET))

        def _parse_config(data: object) -> ConfigSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ConfigSnapshot.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfigSnapshot | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_sip(data: object) -> CallLogSipType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sip_type_0 = CallLogSipType0.from_dict(data)

                return sip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallLogSipType0 | None | Unset, data)

        sip = _parse_sip(d.pop("sip", UNSET))

        _charge = d.pop("charge", UNSET)
        charge: CallLogCharge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = CallLogCharge.from_dict(_charge)

        _service = d.pop("service", UNSET)
        service: CallLogService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = CallLogService(_service)

        def _parse_lrn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lrn = _parse_lrn(d.pop("lrn", UNSET))

        created_on = d.pop("created_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        call_log = cls(
            id=id,
            call_id=call_id,
            caller_no=caller_no,
            api_no=api_no,
            start_time=start_time,
            type_=type_,
            direction=direction,
            status=status,
            app_id=app_id,
            subaccount_id=subaccount_id,
            parent_call_id=parent_call_id,
            end_time=end_time,
            hangup_end=hangup_end,
            duration=duration,
            error=error,
            error_code=error_code,
            detection=detection,
            connect_time_billed=connect_time_billed,
            connect_time_sec=connect_time_sec,
            origin_api=origin_api,
            text_message=text_message,
            config=config,
            sip=sip,
            charge=charge,
            service=service,
            lrn=lrn,
            created_on=created_on,
            updated_on=updated_on,
        )

        call_log.additional_properties = d
        return call_log

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
