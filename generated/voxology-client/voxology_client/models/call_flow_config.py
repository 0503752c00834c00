from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_config_custom_data_type_0 import CallFlowConfigCustomDataType0
    from ..models.callback_endpoint import CallbackEndpoint
    from ..models.configured_number import ConfiguredNumber


T = TypeVar("T", bound="CallFlowConfig")


@_attrs_define
class CallFlowConfig:
    """
    Attributes:
        no (ConfiguredNumber):
        callback (CallbackEndpoint): Where and how Voxology sends Callback Requests.
        answer_on_ring (int):
        callback_failover (CallbackEndpoint | Unset): Where and how Voxology sends Callback Requests.
        callback_sms (CallbackEndpoint | Unset): Where and how Voxology sends Callback Requests.
        callback_sms_failover (CallbackEndpoint | Unset): Where and how Voxology sends Callback Requests.
        created_on (str | Unset): An ISO 8601 date/time.
        last_set_on (str | Unset): When last updated (will be replaced by updated_on).
        updated_on (str | Unset): An ISO 8601 date/time.
        custom_data (CallFlowConfigCustomDataType0 | None | Unset):
        log_callbacks_until (None | str | Unset): Callbacks are logged until this time (in the examples only).
    """

    no: ConfiguredNumber
    callback: CallbackEndpoint
    answer_on_ring: int
    callback_failover: CallbackEndpoint | Unset = UNSET
    callback_sms: CallbackEndpoint | Unset = UNSET
    callback_sms_failover: CallbackEndpoint | Unset = UNSET
    created_on: str | Unset = UNSET
    last_set_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    custom_data: CallFlowConfigCustomDataType0 | None | Unset = UNSET
    log_callbacks_until: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_flow_config_custom_data_type_0 import CallFlowConfigCustomDataType0  # noqa: PLC0415

        no = self.no.to_dict()

        callback = self.callback.to_dict()

        answer_on_ring = self.answer_on_ring

        callback_failover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_failover, Unset):
            callback_failover = self.callback_failover.to_dict()

        callback_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_sms, Unset):
            callback_sms = self.callback_sms.to_dict()

        callback_sms_failover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_sms_failover, Unset):
            callback_sms_failover = self.callback_sms_failover.to_dict()

        created_on = self.created_on

        last_set_on = self.last_set_on

        updated_on = self.updated_on

        custom_data: dict[str, Any] | None | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        elif isinstance(self.custom_data, CallFlowConfigCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        log_callbacks_until: None | str | Unset
        if isinstance(self.log_callbacks_until, Unset):
            log_callbacks_until = UNSET
        else:
            log_callbacks_until = self.log_callbacks_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no": no,
                "callback": callback,
                "answer_on_ring": answer_on_ring,
            }
        )
        if callback_failover is not UNSET:
            field_dict["callback_failover"] = callback_failover
        if callback_sms is not UNSET:
            field_dict["callback_sms"] = callback_sms
        if callback_sms_failover is not UNSET:
            field_dict["callback_sms_failover"] = callback_sms_failover
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if last_set_on is not UNSET:
            field_dict["last_set_on"] = last_set_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if log_callbacks_until is not UNSET:
            field_dict["log_callbacks_until"] = log_callbacks_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_config_custom_data_type_0 import CallFlowConfigCustomDataType0  # noqa: PLC0415
        from ..models.callback_endpoint import CallbackEndpoint  # noqa: PLC0415
        from ..models.configured_number import ConfiguredNumber  # noqa: PLC0415

        d = dict(src_dict)
        no = ConfiguredNumber.from_dict(d.pop("no"))

        callback = CallbackEndpoint.from_dict(d.pop("callback"))

        answer_on_ring = d.pop("answer_on_ring")

        _callback_failover = d.pop("callback_failover", UNSET)
        callback_failover: CallbackEndpoint | Unset
        if isinstance(_callback_failover, Unset):
            callback_failover = UNSET
        else:
            callback_failover = CallbackEndpoint.from_dict(_callback_failover)

        _callback_sms = d.pop("callback_sms", UNSET)
        callback_sms: CallbackEndpoint | Unset
        if isinstance(_callback_sms, Unset):
            callback_sms = UNSET
        else:
            callback_sms = CallbackEndpoint.from_dict(_callback_sms)

        _callback_sms_failover = d.pop("callback_sms_failover", UNSET)
        callback_sms_failover: CallbackEndpoint | Unset
        if isinstance(_callback_sms_failover, Unset):
            callback_sms_failover = UNSET
        else:
            callback_sms_failover = CallbackEndpoint.from_dict(_callback_sms_failover)

        created_on = d.pop("created_on", UNSET)

        last_set_on = d.pop("last_set_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        def _parse_custom_data(data: object) -> CallFlowConfigCustomDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = CallFlowConfigCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallFlowConfigCustomDataType0 | None | Unset, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        def _parse_log_callbacks_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_callbacks_until = _parse_log_callbacks_until(d.pop("log_callbacks_until", UNSET))

        call_flow_config = cls(
            no=no,
            callback=callback,
            answer_on_ring=answer_on_ring,
            callback_failover=callback_failover,
            callback_sms=callback_sms,
            callback_sms_failover=callback_sms_failover,
            created_on=created_on,
            last_set_on=last_set_on,
            updated_on=updated_on,
            custom_data=custom_data,
            log_callbacks_until=log_callbacks_until,
        )

        call_flow_config.additional_properties = d
        return call_flow_config

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
