from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dial_action_params_detection import DialActionParamsDetection
from ..models.dial_action_params_inbound_api import DialActionParamsInboundApi
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_action_params_session_data_type_0 import DialActionParamsSessionDataType0


T = TypeVar("T", bound="DialActionParams")


@_attrs_define
class DialActionParams:
    """The parameters of the action.

    Attributes:
        no (str): The phone number (E.164, e.g. +19495551212) or SIP destination (abc123@sip.mypbx.com) to call (string
            interpolation allowed).
        caller_id_no (str | Unset): The Caller ID (E.164). Defaults to the inbound number (api_no).
        detection (DialActionParamsDetection | Unset): How to identify a connection. Default:
            DialActionParamsDetection.NONE.
        override_callback_config (str | Unset): A number (E.164) whose Callback Config is used instead of
            caller_id_no's.
        inbound_api (DialActionParamsInboundApi | Unset): The inbound API to route the call to. Default:
            DialActionParamsInboundApi.CALLFLOWS.
        max_call_time (float | Unset): The maximum length of the call in seconds. Default: 86400.0.
        timeout (float | Unset): The maximum time to wait during ringing in seconds. Default: 50.0.
        session_data (DialActionParamsSessionDataType0 | str | Unset): Session data for the new call (object, or a
            variable expression).
    """

    no: str
    caller_id_no: str | Unset = UNSET
    detection: DialActionParamsDetection | Unset = DialActionParamsDetection.NONE
    override_callback_config: str | Unset = UNSET
    inbound_api: DialActionParamsInboundApi | Unset = DialActionParamsInboundApi.CALLFLOWS
    max_call_time: float | Unset = 86400.0
    timeout: float | Unset = 50.0
    session_data: DialActionParamsSessionDataType0 | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.dial_action_params_session_data_type_0 import DialActionParamsSessionDataType0  # noqa: PLC0415

        no = self.no

        caller_id_no = self.caller_id_no

        detection: str | Unset = UNSET
        if not isinstance(self.detection, Unset):
            detection = self.detection.value

        override_callback_config = self.override_callback_config

        inbound_api: str | Unset = UNSET
        if not isinstance(self.inbound_api, Unset):
            inbound_api = self.inbound_api.value

        max_call_time = self.max_call_time

        timeout = self.timeout

        session_data: dict[str, Any] | str | Unset
        if isinstance(self.session_data, Unset):
            session_data = UNSET
        elif isinstance(self.session_data, DialActionParamsSessionDataType0):
            session_data = self.session_data.to_dict()
        else:
            session_data = self.session_data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "no": no,
            }
        )
        if caller_id_no is not UNSET:
            field_dict["caller_id_no"] = caller_id_no
        if detection is not UNSET:
            field_dict["detection"] = detection
        if override_callback_config is not UNSET:
            field_dict["override_callback_config"] = override_callback_config
        if inbound_api is not UNSET:
            field_dict["inbound_api"] = inbound_api
        if max_call_time is not UNSET:
            field_dict["max_call_time"] = max_call_time
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if session_data is not UNSET:
            field_dict["session_data"] = session_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_action_params_session_data_type_0 import DialActionParamsSessionDataType0  # noqa: PLC0415

        d = dict(src_dict)
        no = d.pop("no")

        caller_id_no = d.pop("caller_id_no", UNSET)

        _detection = d.pop("detection", UNSET)
        detection: DialActionParamsDetection | Unset
        if isinstance(_detection, Unset):
            detection = UNSET
        else:
            detection = DialActionParamsDetection(_detection)

        override_callback_config = d.pop("override_callback_config", UNSET)

        _inbound_api = d.pop("inbound_api", UNSET)
        inbound_api: DialActionParamsInboundApi | Unset
        if isinstance(_inbound_api, Unset):
            inbound_api = UNSET
        else:
            inbound_api = DialActionParamsInboundApi(_inbound_api)

        max_call_time = d.pop("max_call_time", UNSET)

        timeout = d.pop("timeout", UNSET)

        def _parse_session_data(data: object) -> DialActionParamsSessionDataType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_data_type_0 = DialActionParamsSessionDataType0.from_dict(data)

                return session_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DialActionParamsSessionDataType0 | str | Unset, data)

        session_data = _parse_session_data(d.pop("session_data", UNSET))

        dial_action_params = cls(
            no=no,
            caller_id_no=caller_id_no,
            detection=detection,
            override_callback_config=override_callback_config,
            inbound_api=inbound_api,
            max_call_time=max_call_time,
            timeout=timeout,
            session_data=session_data,
        )

        return dial_action_params
