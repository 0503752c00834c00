from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_call_detection_type_1 import LiveCallDetectionType1
from ..models.live_call_detection_type_2_type_1 import LiveCallDetectionType2Type1
from ..models.live_call_detection_type_3_type_1 import LiveCallDetectionType3Type1
from ..models.live_call_status import LiveCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_call_session_data_type_0 import LiveCallSessionDataType0


T = TypeVar("T", bound="LiveCall")


@_attrs_define
class LiveCall:
    """
    Attributes:
        id (str): The ID of the call.
        no (str): The phone number of the caller (far end).
        caller_id_no (str): The from number (the near end, not the caller's number).
        status (LiveCallStatus): The call status.
        connected_time (int): The call's duration in milliseconds.
        app_id (str): The ID of the application.
        subaccount_id (int): The Sub Account ID.
        detection (LiveCallDetectionType1 | LiveCallDetectionType2Type1 | LiveCallDetectionType3Type1 | None | Unset):
            The likely "caller" on the far end.
        date (None | str | Unset): When the call was connected. An ISO 8601 date/time.
        session_data (LiveCallSessionDataType0 | None | Unset):
        error (None | str | Unset): null unless an error occurs.
    """

    id: str
    no: str
    caller_id_no: str
    status: LiveCallStatus
    connected_time: int
    app_id: str
    subaccount_id: int
    detection: LiveCallDetectionType1 | LiveCallDetectionType2Type1 | LiveCallDetectionType3Type1 | None | Unset = UNSET
    date: None | str | Unset = UNSET
    session_data: LiveCallSessionDataType0 | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_call_session_data_type_0 import LiveCallSessionDataType0  # noqa: PLC0415

        id = self.id

        no = self.no

        caller_id_no = self.caller_id_no

        status = self.status.value

        connected_time = self.connected_time

        app_id = self.app_id

        subaccount_id = self.subaccount_id

        detection: None | str | Unset
        if isinstance(self.detection, Unset):
            detection = UNSET
        elif isinstance(self.detection, LiveCallDetectionType1):
            detection = self.detection.value
        elif isinstance(self.detection, LiveCallDetectionType2Type1):
            detection = self.detection.value
        elif isinstance(self.detection, LiveCallDetectionType3Type1):
            detection = self.detection.value
        else:
            detection = self.detection

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        session_data: dict[str, Any] | None | Unset
        if isinstance(self.session_data, Unset):
            session_data = UNSET
        elif isinstance(self.session_data, LiveCallSessionDataType0):
            session_data = self.session_data.to_dict()
        else:
            session_data = self.session_data

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "no": no,
                "caller_id_no": caller_id_no,
                "status": status,
                "connected_time": connected_time,
                "app_id": app_id,
                "subaccount_id": subaccount_id,
            }
        )
        if detection is not UNSET:
            field_dict["detection"] = detection
        if date is not UNSET:
            field_dict["date"] = date
        if session_data is not UNSET:
            field_dict["session_data"] = session_data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_call_session_data_type_0 import LiveCallSessionDataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        no = d.pop("no")

        caller_id_no = d.pop("caller_id_no")

        status = LiveCallStatus(d.pop("status"))

        connected_time = d.pop("connected_time")

        app_id = d.pop("app_id")

        subaccount_id = d.pop("subaccount_id")

        def _parse_detection(
            data: object,
        ) -> LiveCallDetectionType1 | LiveCallDetectionType2Type1 | LiveCallDetectionType3Type1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_1 = LiveCallDetectionType1(data)

                return detection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_2_type_1 = LiveCallDetectionType2Type1(data)

                return detection_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detection_type_3_type_1 = LiveCallDetectionType3Type1(data)

                return detection_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LiveCallDetectionType1 | LiveCallDetectionType2Type1 | LiveCallDetectionType3Type1 | None | Unset, data
            )

        detection = _parse_detection(d.pop("detection", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_session_data(data: object) -> LiveCallSessionDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_data_type_0 = LiveCallSessionDataType0.from_dict(data)

                return session_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveCallSessionDataType0 | None | Unset, data)

        session_data = _parse_session_data(d.pop("session_data", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        live_call = cls(
            id=id,
            no=no,
            caller_id_no=caller_id_no,
            status=status,
            connected_time=connected_time,
            app_id=app_id,
            subaccount_id=subaccount_id,
            detection=detection,
            date=date,
            session_data=session_data,
            error=error,
        )

        live_call.additional_properties = d
        return live_call

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
