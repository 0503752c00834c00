from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_message_callback_direction import InboundMessageCallbackDirection
from ..models.inbound_message_callback_service import InboundMessageCallbackService
from ..models.inbound_message_callback_status import InboundMessageCallbackStatus
from ..models.inbound_message_callback_type import InboundMessageCallbackType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_message_callback_custom_data_type_0 import InboundMessageCallbackCustomDataType0
    from ..models.inbound_message_callback_session_data_type_0 import InboundMessageCallbackSessionDataType0


T = TypeVar("T", bound="InboundMessageCallback")


@_attrs_define
class InboundMessageCallback:
    """Sent to callback_sms (or callback) of the receiving number's configuration.

    Attributes:
        service (InboundMessageCallbackService):
        type_ (InboundMessageCallbackType):
        api_no (str): The Voxology number (near end).
        caller_no (str): The far end.
        direction (InboundMessageCallbackDirection):
        message_id (str):
        status (InboundMessageCallbackStatus):
        text_message (str): The text (multi-part messages are reassembled).
        app_id (str | Unset):
        subaccount_id (int | Unset):
        error (None | str | Unset):
        error_code (int | None | Unset):
        external_group_id (None | str | Unset):
        external_id (None | str | Unset):
        num_parts (int | None | Unset):
        uri (str | Unset):
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
        custom_data (InboundMessageCallbackCustomDataType0 | None | Unset):
        session_data (InboundMessageCallbackSessionDataType0 | None | Unset):
        created_on (str | Unset): When the message was received.
    """

    service: InboundMessageCallbackService
    type_: InboundMessageCallbackType
    api_no: str
    caller_no: str
    direction: InboundMessageCallbackDirection
    message_id: str
    status: InboundMessageCallbackStatus
    text_message: str
    app_id: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    external_group_id: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    num_parts: int | None | Unset = UNSET
    uri: str | Unset = UNSET
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
    custom_data: InboundMessageCallbackCustomDataType0 | None | Unset = UNSET
    session_data: InboundMessageCallbackSessionDataType0 | None | Unset = UNSET
    created_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound_message_callback_custom_data_type_0 import InboundMessageCallbackCustomDataType0  # noqa: PLC0415
        from ..models.inbound_message_callback_session_data_type_0 import InboundMessageCallbackSessionDataType0  # noqa: PLC0415

        service = self.service.value

        type_ = self.type_.value

        api_no = self.api_no

        caller_no = self.caller_no

        direction = self.direction.value

        message_id = self.message_id

        status = self.status.value

        text_message = self.text_message

        app_id = self.app_id

        subaccount_id = self.subaccount_id

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

        external_group_id: None | str | Unset
        if isinstance(self.external_group_id, Unset):
            external_group_id = UNSET
        else:
            external_group_id = self.external_group_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        num_parts: int | None | Unset
        if isinstance(self.num_parts, Unset):
            num_parts = UNSET
        else:
            num_parts = self.num_parts

        uri = self.uri

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

        custom_data: dict[str, Any] | None | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        elif isinstance(self.custom_data, InboundMessageCallbackCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        session_data: dict[str, Any] | None | Unset
        if isinstance(self.session_data, Unset):
            session_data = UNSET
        elif isinstance(self.session_data, InboundMessageCallbackSessionDataType0):
            session_data = self.session_data.to_dict()
        else:
            session_data = self.session_data

        created_on = self.created_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "type": type_,
                "api_no": api_no,
                "caller_no": caller_no,
                "direction": direction,
                "message_id": message_id,
                "status": status,
                "text_message": text_message,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if external_group_id is not UNSET:
            field_dict["external_group_id"] = external_group_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if num_parts is not UNSET:
            field_dict["num_parts"] = num_parts
        if uri is not UNSET:
            field_dict["uri"] = uri
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
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if session_data is not UNSET:
            field_dict["session_data"] = session_data
        if created_on is not UNSET:
            field_dict["created_on"] = created_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_message_callback_custom_data_type_0 import InboundMessageCallbackCustomDataType0  # noqa: PLC0415
        from ..models.inbound_message_callback_session_data_type_0 import InboundMessageCallbackSessionDataType0  # noqa: PLC0415

        d = dict(src_dict)
        service = InboundMessageCallbackService(d.pop("service"))

        type_ = InboundMessageCallbackType(d.pop("type"))

        api_no = d.pop("api_no")

        caller_no = d.pop("caller_no")

        direction = InboundMessageCallbackDirection(d.pop("direction"))

        message_id = d.pop("message_id")

        status = InboundMessageCallbackStatus(d.pop("status"))

        text_message = d.pop("text_message")

        app_id = d.pop("app_id", UNSET)

        subaccount_id = d.pop("subaccount_id", UNSET)

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

        def _parse_external_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_group_id = _parse_external_group_id(d.pop("external_group_id", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_num_parts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_parts = _parse_num_parts(d.pop("num_parts", UNSET))

        uri = d.pop("uri", UNSET)

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

        def _parse_custom_data(data: object) -> InboundMessageCallbackCustomDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = InboundMessageCallbackCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboundMessageCallbackCustomDataType0 | None | Unset, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        def _parse_session_data(data: object) -> InboundMessageCallbackSessionDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_data_type_0 = InboundMessageCallbackSessionDataType0.from_dict(data)

                return session_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboundMessageCallbackSessionDataType0 | None | Unset, data)

        session_data = _parse_session_data(d.pop("session_data", UNSET))

        created_on = d.pop("created_on", UNSET)

        inbound_message_callback = cls(
            service=service,
            type_=type_,
            api_no=api_no,
            caller_no=caller_no,
            direction=direction,
            message_id=message_id,
            status=status,
            text_message=text_message,
            app_id=app_id,
            subaccount_id=subaccount_id,
            error=error,
            error_code=error_code,
            external_group_id=external_group_id,
            external_id=external_id,
            num_parts=num_parts,
            uri=uri,
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
            custom_data=custom_data,
            session_data=session_data,
            created_on=created_on,
        )

        inbound_message_callback.additional_properties = d
        return inbound_message_callback

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
