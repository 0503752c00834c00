from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_collect_callback_detection_type_1 import LiveCollectCallbackDetectionType1
from ..models.live_collect_callback_detection_type_2_type_1 import LiveCollectCallbackDetectionType2Type1
from ..models.live_collect_callback_detection_type_3_type_1 import LiveCollectCallbackDetectionType3Type1
from ..models.live_collect_callback_direction import LiveCollectCallbackDirection
from ..models.live_collect_callback_service import LiveCollectCallbackService
from ..models.live_collect_callback_status import LiveCollectCallbackStatus
from ..models.live_collect_callback_type import LiveCollectCallbackType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_presses import KeyPresses
    from ..models.live_collect_callback_custom_data_type_0 import LiveCollectCallbackCustomDataType0
    from ..models.live_collect_callback_last_queue_poll_connect_call_type_0 import (
        LiveCollectCallbackLastQueuePollConnectCallType0,
    )
    from ..models.live_collect_callback_session_data_type_0 import LiveCollectCallbackSessionDataType0
    from ..models.live_collect_callback_webhook_data_type_0 import LiveCollectCallbackWebhookDataType0
    from ..models.recording_ref import RecordingRef


T = TypeVar("T", bound="LiveCollectCallback")


@_attrs_define
class LiveCollectCallback:
    """What Voxology sends to the callback URL of a number's Call Flow configuration. JSON by default; the configuration's
    content_type may ask for XML, a form, or (method GET) a query string where key_presses become
    key_presses.{name}={digits}.

        Attributes:
            service (LiveCollectCallbackService): The Voxology service.
            type_ (LiveCollectCallbackType): The callback type.
            app_id (str): The application ID.
            call_id (str): The ID of the call.
            caller_no (str): The far-end number (E.164).
            api_no (str): The number provisioned to the API (E.164).
            direction (LiveCollectCallbackDirection):
            status (LiveCollectCallbackStatus):
            is_webhook (bool | str | Unset): true when sent by a WEBHOOK action (the example sends the string "false").
            subaccount_id (int | Unset): The Sub Account ID (0: the application itself).
            parent_call_id (None | str | Unset): The originating call of a DIAL; null otherwise.
            caller_no_latitude (None | str | Unset): The latitude of the connected (far end) call's number. Possibly null.
            caller_no_longitude (None | str | Unset): The longitude of the connected (far end) call's number. Possibly null.
            caller_no_postal_code (None | str | Unset): The postal code of the connected (far end) call's number. Possibly
                null.
            caller_no_city (None | str | Unset): The city of the connected (far end) call's number. Possibly null.
            caller_no_rate_center (None | str | Unset): The rate center of the connected (far end) call's number. Possibly
                null.
            caller_no_lata (None | str | Unset): The lata of the connected (far end) call's number. Possibly null.
            caller_no_region (None | str | Unset): The two-character region (state) code of the connected (far end) call's
                number. Possibly null.
            caller_no_country (None | str | Unset): The two-character country code of the connected (far end) call's number.
                Possibly null.
            caller_no_timezone (None | str | Unset): The time zone (America/Los_Angeles) of the connected (far end) call's
                number. Possibly null.
            api_no_latitude (None | str | Unset): The latitude of the API number. Possibly null.
            api_no_longitude (None | str | Unset): The longitude of the API number. Possibly null.
            api_no_postal_code (None | str | Unset): The postal code of the API number. Possibly null.
            api_no_city (None | str | Unset): The city of the API number. Possibly null.
            api_no_rate_center (None | str | Unset): The rate center of the API number. Possibly null.
            api_no_lata (None | str | Unset): The lata of the API number. Possibly null.
            api_no_region (None | str | Unset): The two-character region (state) code of the API number. Possibly null.
            api_no_country (None | str | Unset): The two-character country code of the API number. Possibly null.
            api_no_timezone (None | str | Unset): The time zone (America/Los_Angeles) of the API number. Possibly null.
            start_time (None | str | Unset): When the call started.
            end_time (None | str | Unset): When the call ended (end_call).
            connect_time_sec (int | None | Unset): Seconds since connect (final on end_call).
            duration (int | Unset): The length of the call in milliseconds.
            detection (LiveCollectCallbackDetectionType1 | LiveCollectCallbackDetectionType2Type1 |
                LiveCollectCallbackDetectionType3Type1 | None | Unset):
            key_presses (list[KeyPresses] | Unset):
            recordings (list[RecordingRef] | Unset):
            last_queue_poll_connect_call (LiveCollectCallbackLastQueuePollConnectCallType0 | None | Unset): The last call
                bridged to this one by a QUEUE poll_connect.
            custom_data (LiveCollectCallbackCustomDataType0 | None | Unset): The custom_data of the callback configuration.
            session_data (LiveCollectCallbackSessionDataType0 | None | Unset): The session data of the call.
            event_name (str | Unset): The WEBHOOK action's event_name (webhook requests only).
            webhook_data (LiveCollectCallbackWebhookDataType0 | None | str | Unset): The WEBHOOK action's webhook_data.
            sip_domain (None | str | Unset): The SIP domain of the application or Sub Account.
            sip_forwarded_for (None | str | Unset): The origin IP address of the SIP request.
            error_code (int | None | Unset): See the Call Flow Loop errors.
            error (None | str | Unset): A description of the error.
    """

    service: LiveCollectCallbackService
    type_: LiveCollectCallbackType
    app_id: str
    call_id: str
    caller_no: str
    api_no: str
    direction: LiveCollectCallbackDirection
    status: LiveCollectCallbackStatus
    is_webhook: bool | str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    parent_call_id: None | str | Unset = UNSET
    caller_no_latitude: None | str | Unset = UNSET
    caller_no_longitude: None | str | Unset = UNSET
    caller_no_postal_code: None | str | Unset = UNSET
    caller_no_city: None | str | Unset = UNSET
    caller_no_rate_center: None | str | Unset = UNSET
    caller_no_lata: None | str | Unset = UNSET
    caller_no_region: None | str | Unset = UNSET
    caller_no_country: None | str | Unset = UNSET
    caller_no_timezone: None | str | Unset = UNSET
    api_no_latitude: None | str | Unset = UNSET
    api_no_longitude: None | str | Unset = UNSET
    api_no_postal_code: None | str | Unset = UNSET
    api_no_city: None | str | Unset = UNSET
    api_no_rate_center: None | str | Unset = UNSET
    api_no_lata: None | str | Unset = UNSET
    api_no_region: None | str | Unset = UNSET
    api_no_country: None | str | Unset = UNSET
    api_no_timezone: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    connect_time_sec: int | None | Unset = UNSET
    duration: int | Unset = UNSET
    detection: (
        LiveCollectCallbackDetectionType1
        | LiveCollectCallbackDetectionType2Type1
        | LiveCollectCallbackDetectionType3Type1
        | None
        | Unset
    ) = UNSET
    key_presses: list[KeyPresses] | Unset = UNSET
    recordings: list[RecordingRef] | Unset = UNSET
    last_queue_poll_connect_call: LiveCollectCallbackLastQueuePollConnectCallType0 | None | Unset = UNSET
    custom_data: LiveCollectCallbackCustomDataType0 | None | Unset = UNSET
    session_data: LiveCollectCallbackSessionDataType0 | None | Unset = UNSET
    event_name: str | Unset = UNSET
    webhook_data: LiveCollectCallbackWebhookDataType0 | None | str | Unset = UNSET
    sip_domain: None | str | Unset = UNSET
    sip_forwarded_for: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_collect_callback_custom_data_type_0 import LiveCollectCallbackCustomDataType0  # noqa: PLC0415
        from ..models.live_collect_callback_last_queue_poll_connect_call_type_0 import (
            LiveCollectCallbackLastQueuePollConnectCallType0,  # noqa: PLC0415
        )
        from ..models.live_collect_callback_session_data_type_0 import LiveCollectCallbackSessionDataType0  # noqa: PLC0415
        from ..models.live_collect_callback_webhook_data_type_0 import LiveCollectCallbackWebhookDataType0  # noqa: PLC0415

        service = self.service.value

        type_ = self.type_.value

        app_id = self.app_id

        call_id = self.call_id

        caller_no = self.caller_no

        api_no = self.api_no

        direction = self.direction.value

        status = self.status.value

        is_webhook: bool | str | Unset
        if isinstance(self.is_webhook, Unset):
            is_webhook = UNSET
        else:
            is_webhook = self.is_webhook

        subaccount_id = self.subaccount_id

        parent_call_id: None | str | Unset
        if isinstance(self.parent_call_id, Unset):
            parent_call_id = UNSET
        else:
            parent_call_id = self.parent_call_id

        caller_no_latitude: None | str | Unset
        if isinstance(self.caller_no_latitude, Unset):
            caller_no_latitude = UNSET
        else:
            caller_no_latitude = self.caller_no_latitude

        caller_no_longitude: None | str | Unset
        if isinstance(self.caller_no_longitude, Unset):
            caller_no_longitude = UNSET
        else:
            caller_no_longitude = self.caller_no_longitude

        caller_no_postal_code: None | str | Unset
        if isinstance(self.caller_no_postal_code, Unset):
            caller_no_postal_code = UNSET
        else:
            caller_no_postal_code = self.caller_no_postal_code

        caller_no_city: None | str | Unset
        if isinstance(self.caller_no_city, Unset):
            caller_no_city = UNSET
        else:
            caller_no_city = self.caller_no_city

        caller_no_rate_center: None | str | Unset
        if isinstance(self.caller_no_rate_center, Unset):
            caller_no_rate_center = UNSET
        else:
            caller_no_rate_center = self.caller_no_rate_center

        caller_no_lata: None | str | Unset
        if isinstance(self.caller_no_lata, Unset):
            caller_no_lata = UNSET
        else:
            caller_no_lata = self.caller_no_lata

        caller_no_region: None | str | Unset
        if isinstance(self.caller_no_region, Unset):
            caller_no_region = UNSET
        else:
            caller_no_region = self.caller_no_region

        caller_no_country: None | str | Unset
        if isinstance(self.caller_no_country, Unset):
            caller_no_country = UNSET
        else:
            caller_no_country = self.caller_no_country

        caller_no_timezone: None | str | Unset
        if isinstance(self.caller_no_timezone, Unset):
            caller_no_timezone = UNSET
        else:
            caller_no_timezone = self.caller_no_timezone

        api_no_latitude: None | str | Unset
        if isinstance(self.api_no_latitude, Unset):
            api_no_latitude = UNSET
        else:
            api_no_latitude = self.api_no_latitude

        api_no_longitude: None | str | Unset
        if isinstance(self.api_no_longitude, Unset):
            api_no_longitude = UNSET
        else:
            api_no_longitude = self.api_no_longitude

        api_no_postal_code: None | str | Unset
        if isinstance(self.api_no_postal_code, Unset):
            api_no_postal_code = UNSET
        else:
            api_no_postal_code = self.api_no_postal_code

        api_no_city: None | str | Unset
        if isinstance(self.api_no_city, Unset):
            api_no_city = UNSET
        else:
            api_no_city = self.api_no_city

        api_no_rate_center: None | str | Unset
        if isinstance(self.api_no_rate_center, Unset):
            api_no_rate_center = UNSET
        else:
            api_no_rate_center = self.api_no_rate_center

        api_no_lata: None | str | Unset
        if isinstance(self.api_no_lata, Unset):
            api_no_lata = UNSET
        else:
            api_no_lata = self.api_no_lata

        api_no_region: None | str | Unset
        if isinstance(self.api_no_region, Unset):
            api_no_region = UNSET
        else:
            api_no_region = self.api_no_region

        api_no_country: None | str | Unset
        if isinstance(self.api_no_country, Unset):
            api_no_country = UNSET
        else:
            api_no_country = self.api_no_country

        api_no_timezone: None | str | Unset
        if isinstance(self.api_no_timezone, Unset):
            api_no_timezone = UNSET
        else:
            api_no_timezone = self.api_no_timezone

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        connect_time_sec: int | None | Unset
        if isinstance(self.connect_time_sec, Unset):
            connect_time_sec = UNSET
        else:
            connect_time_sec = self.connect_time_sec

        duration = self.duration

        detection: None | str | Unset
        if isinstance(self.detection, Unset):
            detection = UNSET
        elif isinstance(self.detection, LiveCollectCallbackDetectionType1):
            detection = self.detection.value
        elif isinstance(self.detection, LiveCollectCallbackDetectionType2Type1):
            detection = self.detection.value
        elif isinstance(self.detection, LiveCollectCallbackDetectionType3Type1):
            detection = self.detection.value
        else:
            detection = self.detection

        key_presses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_presses, Unset):
            key_presses = []
            for key_presses_item_data in self.key_presses:
                key_presses_item = key_presses_item_data.to_dict()
                key_presses.append(key_presses_item)

        recordings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recordings, Unset):
            recordings = []
            for recordings_item_data in self.recordings:
                recordings_item = recordings_item_data.to_dict()
                recordings.append(recordings_item)

        last_queue_poll_connect_call: dict[str, Any] | None | Unset
        if isinstance(self.last_queue_poll_connect_call, Unset):
            last_queue_poll_connect_call = UNSET
        elif isinstance(self.last_queue_poll_connect_call, LiveCollectCallbackLastQueuePollConnectCallType0):
            last_queue_poll_connect_call = self.last_queue_poll_connect_call.to_dict()
        else:
            last_queue_poll_connect_call = self.last_queue_poll_connect_call

        custom_data: dict[str, Any] | None | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        elif isinstance(self.custom_data, LiveCollectCallbackCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        session_data: dict[str, Any] | None | Unset
        if isinstance(self.session_data, Unset):
            session_data = UNSET
        elif isinstance(self.session_data, LiveCollectCallbackSessionDataType0):
            session_data = self.session_data.to_dict()
        else:
            session_data = self.session_data

        event_name = self.event_name

        webhook_data: dict[str, Any] | None | str | Unset
        if isinstance(self.webhook_data, Unset):
            webhook_data = UNSET
        elif isinstance(self.webhook_data, LiveCollectCallbackWebhookDataType0):
            webhook_data = self.webhook_data.to_dict()
        else:
            webhook_data = self.webhook_data

        sip_domain: None | str | Unset
        if isinstance(self.sip_domain, Unset):
            sip_domain = UNSET
        else:
            sip_domain = self.sip_domain

        sip_forwarded_for: None | str | Unset
        if isinstance(self.sip_forwarded_for, Unset):
            sip_forwarded_for = UNSET
        else:
            sip_forwarded_for = self.sip_forwarded_for

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "type": type_,
                "app_id": app_id,
                "call_id": call_id,
                "caller_no": caller_no,
                "api_no": api_no,
                "direction": direction,
                "status": status,
            }
        )
        if is_webhook is not UNSET:
            field_dict["is_webhook"] = is_webhook
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if parent_call_id is not UNSET:
            field_dict["parent_call_id"] = parent_call_id
        if caller_no_latitude is not UNSET:
            field_dict["caller_no_latitude"] = caller_no_latitude
        if caller_no_longitude is not UNSET:
            field_dict["caller_no_longitude"] = caller_no_longitude
        if caller_no_postal_code is not UNSET:
            field_dict["caller_no_postal_code"] = caller_no_postal_code
        if caller_no_city is not UNSET:
            field_dict["caller_no_city"] = caller_no_city
        if caller_no_rate_center is not UNSET:
            field_dict["caller_no_rate_center"] = caller_no_rate_center
        if caller_no_lata is not UNSET:
            field_dict["caller_no_lata"] = caller_no_lata
        if caller_no_region is not UNSET:
            field_dict["caller_no_region"] = caller_no_region
        if caller_no_country is not UNSET:
            field_dict["caller_no_country"] = caller_no_country
        if caller_no_timezone is not UNSET:
            field_dict["caller_no_timezone"] = caller_no_timezone
        if api_no_latitude is not UNSET:
            field_dict["api_no_latitude"] = api_no_latitude
        if api_no_longitude is not UNSET:
            field_dict["api_no_longitude"] = api_no_longitude
        if api_no_postal_code is not UNSET:
            field_dict["api_no_postal_code"] = api_no_postal_code
        if api_no_city is not UNSET:
            field_dict["api_no_city"] = api_no_city
        if api_no_rate_center is not UNSET:
            field_dict["api_no_rate_center"] = api_no_rate_center
        if api_no_lata is not UNSET:
            field_dict["api_no_lata"] = api_no_lata
        if api_no_region is not UNSET:
            field_dict["api_no_region"] = api_no_region
        if api_no_country is not UNSET:
            field_dict["api_no_country"] = api_no_country
        if api_no_timezone is not UNSET:
            field_dict["api_no_timezone"] = api_no_timezone
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if connect_time_sec is not UNSET:
            field_dict["connect_time_sec"] = connect_time_sec
        if duration is not UNSET:
            field_dict["duration"] = duration
        if detection is not UNSET:
            field_dict["detection"] = detection
        if key_presses is not UNSET:
            field_dict["key_presses"] = key_presses
        if recordings is not UNSET:
            field_dict["recordings"] = recordings
        if last_queue_poll_connect_call is not UNSET:
            field_dict["last_queue_poll_connect_call"] = last_queue_poll_connect_call
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if session_data is not UNSET:
            field_dict["session_data"] = session_data
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if webhook_data is not UNSET:
            field_dict["webhook_data"] = webhook_data
        if sip_domain is not UNSET:
            field_dict["sip_domain"] = sip_domain
        if sip_forwarded_for is not UNSET:
            field_dict["sip_forwarded_for"] = sip_forwarded_for
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_presses import KeyPresses  # noqa: PLC0415
        from ..models.live_collect_callback_custom_data_type_0 import LiveCollectCallbackCustomDataType0  # noqa: PLC0415
        from ..models.live_collect_callback_last_queue_poll_connect_call_type_0 import (
            LiveCollectCallbackLastQueuePollConnectCallType0,  # noqa: PLC0415
        )
        from ..models.live_collect_callback_session_data_type_0 import LiveCollectCallbackSessionDataType0  # noqa: PLC0415
        from ..models.live_collect_callback_webhook_data_type_0 import LiveCollectCallbackWebhookDataType0  # noqa: PLC0415
        from ..models.recording_ref import RecordingRef  # noqa: PLC0415

        d = dict(src_dict)
        service = LiveCollectCallbackService(d.pop("service"))

        type_ = LiveCollectCallbackType(d.pop("type"))

        app_id = d.pop("app_id")

        call_id = d.pop("call_id")

        caller_no = d.pop("caller_no")

        api_no = d.pop("api_no")

        direction = LiveCollectCallbackDirection(d.pop("direction"))

        status = LiveCollectCallbackStatus(d.pop("status"))

        def _parse_is_webhook(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_webhook = _parse_is_webhook(d.pop("is_webhook", UNSET))

        subaccount_id = d.pop("subaccount_id", UNSET)

        def _parse_parent_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_call_id = _parse_parent_call_id(d.pop("parent_call_id", UNSET))

        def _parse_caller_no_latitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_latitude = _parse_caller_no_latitude(d.pop("caller_no_latitude", UNSET))

        def _parse_caller_no_longitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_longitude = _parse_caller_no_longitude(d.pop("caller_no_longitude", UNSET))

        def _parse_caller_no_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_postal_code = _parse_caller_no_postal_code(d.pop("caller_no_postal_code", UNSET))

        def _parse_caller_no_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_city = _parse_caller_no_city(d.pop("caller_no_city", UNSET))

        def _parse_caller_no_rate_center(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_rate_center = _parse_caller_no_rate_center(d.pop("caller_no_rate_center", UNSET))

        def _parse_caller_no_lata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_lata = _parse_caller_no_lata(d.pop("caller_no_lata", UNSET))

        def _parse_caller_no_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_region = _parse_caller_no_region(d.pop("caller_no_region", UNSET))

        def _parse_caller_no_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_country = _parse_caller_no_country(d.pop("caller_no_country", UNSET))

        def _parse_caller_no_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_no_timezone = _parse_caller_no_timezone(d.pop("caller_no_timezone", UNSET))

        def _parse_api_no_latitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_latitude = _parse_api_no_latitude(d.pop("api_no_latitude", UNSET))

        def _parse_api_no_longitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_longitude = _parse_api_no_longitude(d.pop("api_no_longitude", UNSET))

        def _parse_api_no_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_postal_code = _parse_api_no_postal_code(d.pop("api_no_postal_code", UNSET))

        def _parse_api_no_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_city = _parse_api_no_city(d.pop("api_no_city", UNSET))

        def _parse_api_no_rate_center(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_rate_center = _parse_api_no_rate_center(d.pop("api_no_rate_center", UNSET))

        def _parse_api_no_lata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_lata = _parse_api_no_lata(d.pop("api_no_lata", UNSET))

        def _parse_api_no_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_region = _parse_api_no_region(d.pop("api_no_region", UNSET))

        def _parse_api_no_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_country = _parse_api_no_country(d.pop("api_no_country", UNSET))

        def _parse_api_no_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_no_timezone = _parse_api_no_timezone(d.pop("api_no_timezone", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_connect_time_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        connect_time_sec = _parse_connect_time_sec(d.pop("connect_time_sec", UNSET))

        duration = d.pop("duration", UNSET)

        def _parse_detection(
            data: object,
        ) -> (
            LiveCollectCallbackDetectionType1
            | LiveCollectCallbackDetectionType2Type1
            | LiveCollectCallbackDetectionType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_1 = LiveCollectCallbackDetectionType1(data)

                return detection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_2_type_1 = LiveCollectCallbackDetectionType2Type1(data)

                return detection_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_3_type_1 = LiveCollectCallbackDetectionType3Type1(data)

                return detection_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LiveCollectCallbackDetectionType1
                | LiveCollectCallbackDetectionType2Type1
                | LiveCollectCallbackDetectionType3Type1
                | None
                | Unset,
                data,
            )

        detection = _parse_detection(d.pop("detection", UNSET))

        _key_presses = d.pop("key_presses", UNSET)
        key_presses: list[KeyPresses] | Unset = UNSET
        if _key_presses is not UNSET:
            key_presses = []
            for key_presses_item_data in _key_presses:
                key_presses_item = KeyPresses.from_dict(key_presses_item_data)

                key_presses.append(key_presses_item)

        _recordings = d.pop("recordings", UNSET)
        recordings: list[RecordingRef] | Unset = UNSET
        if _recordings is not UNSET:
            recordings = []
            for recordings_item_data in _recordings:
                recordings_item = RecordingRef.from_dict(recordings_item_data)

                recordings.append(recordings_item)

        def _parse_last_queue_poll_connect_call(
            data: object,
        ) -> LiveCollectCallbackLastQueuePollConnectCallType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_queue_poll_connect_call_type_0 = LiveCollectCallbackLastQueuePollConnectCallType0.from_dict(data)

                return last_queue_poll_connect_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveCollectCallbackLastQueuePollConnectCallType0 | None | Unset, data)

        last_queue_poll_connect_call = _parse_last_queue_poll_connect_call(d.pop("last_queue_poll_connect_call", UNSET))

        def _parse_custom_data(data: object) -> LiveCollectCallbackCustomDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = LiveCollectCallbackCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveCollectCallbackCustomDataType0 | None | Unset, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        def _parse_session_data(data: object) -> LiveCollectCallbackSessionDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_data_type_0 = LiveCollectCallbackSessionDataType0.from_dict(data)

                return session_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveCollectCallbackSessionDataType0 | None | Unset, data)

        session_data = _parse_session_data(d.pop("session_data", UNSET))

        event_name = d.pop("event_name", UNSET)

        def _parse_webhook_data(data: object) -> LiveCollectCallbackWebhookDataType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                webhook_data_type_0 = LiveCollectCallbackWebhookDataType0.from_dict(data)

                return webhook_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveCollectCallbackWebhookDataType0 | None | str | Unset, data)

        webhook_data = _parse_webhook_data(d.pop("webhook_data", UNSET))

        def _parse_sip_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_domain = _parse_sip_domain(d.pop("sip_domain", UNSET))

        def _parse_sip_forwarded_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_forwarded_for = _parse_sip_forwarded_for(d.pop("sip_forwarded_for", UNSET))

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        live_collect_callback = cls(
            service=service,
            type_=type_,
            app_id=app_id,
            call_id=call_id,
            caller_no=caller_no,
            api_no=api_no,
            direction=direction,
            status=status,
            is_webhook=is_webhook,
            subaccount_id=subaccount_id,
            parent_call_id=parent_call_id,
            caller_no_latitude=caller_no_latitude,
            caller_no_longitude=caller_no_longitude,
            caller_no_postal_code=caller_no_postal_code,
            caller_no_city=caller_no_city,
            caller_no_rate_center=caller_no_rate_center,
            caller_no_lata=caller_no_lata,
            caller_no_region=caller_no_region,
            caller_no_country=caller_no_country,
            caller_no_timezone=caller_no_timezone,
            api_no_latitude=api_no_latitude,
            api_no_longitude=api_no_longitude,
            api_no_postal_code=api_no_postal_code,
            api_no_city=api_no_city,
            api_no_rate_center=api_no_rate_center,
            api_no_lata=api_no_lata,
            api_no_region=api_no_region,
            api_no_country=api_no_country,
            api_no_timezone=api_no_timezone,
            start_time=start_time,
            end_time=end_time,
            connect_time_sec=connect_time_sec,
            duration=duration,
            detection=detection,
            key_presses=key_presses,
            recordings=recordings,
            last_queue_poll_connect_call=last_queue_poll_connect_call,
            custom_data=custom_data,
            session_data=session_data,
            event_name=event_name,
            webhook_data=webhook_data,
            sip_domain=sip_domain,
            sip_forwarded_for=sip_forwarded_for,
            error_code=error_code,
            error=error,
        )

        live_collect_callback.additional_properties = d
        return live_collect_callback

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
