from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.make_call_request_inbound_api import MakeCallRequestInboundApi
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_endpoints import CallEndpoints
    from ..models.make_call_request_session_data_type_0 import MakeCallRequestSessionDataType0


T = TypeVar("T", bound="MakeCallRequest")


@_attrs_define
class MakeCallRequest:
    """
    Attributes:
        call (CallEndpoints):
        session_data (MakeCallRequestSessionDataType0 | None | Unset): Included in the CallFlows callbacks.
        override_callback_config (str | Unset): A number (E.164) whose Callback Config is used instead of
            caller_id_no's.
        inbound_api (MakeCallRequestInboundApi | Unset): Defaults to CallFlows. Default:
            MakeCallRequestInboundApi.CALLFLOWS.
        timeout (float | Unset): Seconds to wait during ringing.
        max_call_time (float | Unset): The maximum length of the call in seconds.
    """

    call: CallEndpoints
    session_data: MakeCallRequestSessionDataType0 | None | Unset = UNSET
    override_callback_config: str | Unset = UNSET
    inbound_api: MakeCallRequestInboundApi | Unset = MakeCallRequestInboundApi.CALLFLOWS
    timeout: float | Unset = UNSET
    max_call_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.make_call_request_session_data_type_0 import MakeCallRequestSessionDataType0  # noqa: PLC0415

        call = self.call.to_dict()

        session_data: dict[str, Any] | None | Unset
        if isinstance(self.session_data, Unset):
            session_data = UNSET
        elif isinstance(self.session_data, MakeCallRequestSessionDataType0):
            session_data = self.session_data.to_dict()
        else:
            session_data = self.session_data

        override_callback_config = self.override_callback_config

        inbound_api: str | Unset = UNSET
        if not isinstance(self.inbound_api, Unset):
            inbound_api = self.inbound_api.value

        timeout = self.timeout

        max_call_time = self.max_call_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
            }
        )
        if session_data is not UNSET:
            field_dict["session_data"] = session_data
        if override_callback_config is not UNSET:
            field_dict["override_callback_config"] = override_callback_config
        if inbound_api is not UNSET:
            field_dict["inbound_api"] = inbound_api
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if max_call_time is not UNSET:
            field_dict["max_call_time"] = max_call_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_endpoints import CallEndpoints  # noqa: PLC0415
        from ..models.make_call_request_session_data_type_0 import MakeCallRequestSessionDataType0  # noqa: PLC0415

        d = dict(src_dict)
        call = CallEndpoints.from_dict(d.pop("call"))

        def _parse_session_data(data: object) -> MakeCallRequestSessionDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_data_type_0 = MakeCallRequestSessionDataType0.from_dict(data)

                return session_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MakeCallRequestSessionDataType0 | None | Unset, data)

        session_data = _parse_session_data(d.pop("session_data", UNSET))

        override_callback_config = d.pop("override_callback_config", UNSET)

        _inbound_api = d.pop("inbound_api", UNSET)
        inbound_api: MakeCallRequestInboundApi | Unset
        if isinstance(_inbound_api, Unset):
            inbound_api = UNSET
        else:
            inbound_api = MakeCallRequestInboundApi(_inbound_api)

        timeout = d.pop("timeout", UNSET)

        max_call_time = d.pop("max_call_time", UNSET)

        make_call_request = cls(
            call=call,
            session_data=session_data,
            override_callback_config=override_callback_config,
            inbound_api=inbound_api,
            timeout=timeout,
            max_call_time=max_call_time,
        )

        make_call_request.additional_properties = d
        return make_call_request

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
