from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_endpoint import CallbackEndpoint
    from ..models.configured_number import ConfiguredNumber
    from ..models.legacy_callback_config_request_custom_data_type_0 import LegacyCallbackConfigRequestCustomDataType0


T = TypeVar("T", bound="LegacyCallbackConfigRequest")


@_attrs_define
class LegacyCallbackConfigRequest:
    """
    Attributes:
        no (ConfiguredNumber | str): The number: a string (E.164) or a {value, type} object, as the examples show.
        callback (CallbackEndpoint): Where and how Voxology sends Callback Requests.
        callback_failover (CallbackEndpoint | Unset): Where and how Voxology sends Callback Requests.
        callback_sms (CallbackEndpoint | Unset): Where and how Voxology sends Callback Requests.
        callback_sms_failover (CallbackEndpoint | Unset): Where and how Voxology sends Callback Requests.
        answer_on_ring (int | Unset):
        is_template (bool | Unset): Replace Template Mappings. Default: True.
        custom_data (LegacyCallbackConfigRequestCustomDataType0 | None | Unset):
    """

    no: ConfiguredNumber | str
    callback: CallbackEndpoint
    callback_failover: CallbackEndpoint | Unset = UNSET
    callback_sms: CallbackEndpoint | Unset = UNSET
    callback_sms_failover: CallbackEndpoint | Unset = UNSET
    answer_on_ring: int | Unset = UNSET
    is_template: bool | Unset = True
    custom_data: LegacyCallbackConfigRequestCustomDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.configured_number import ConfiguredNumber  # noqa: PLC0415
        from ..models.legacy_callback_config_request_custom_data_type_0 import (
            LegacyCallbackConfigRequestCustomDataType0,  # noqa: PLC0415
        )

        no: dict[str, Any] | str
        if isinstance(self.no, ConfiguredNumber):
            no = self.no.to_dict()
        else:
            no = self.no

        callback = self.callback.to_dict()

        callback_failover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_failover, Unset):
            callback_failover = self.callback_failover.to_dict()

        callback_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_sms, Unset):
            callback_sms = self.callback_sms.to_dict()

        callback_sms_failover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback_sms_failover, Unset):
            callback_sms_failover = self.callback_sms_failover.to_dict()

        answer_on_ring = self.answer_on_ring

        is_template = self.is_template

        custom_data: dict[str, Any] | None | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        elif isinstance(self.custom_data, LegacyCallbackConfigRequestCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no": no,
                "callback": callback,
            }
        )
        if callback_failover is not UNSET:
            field_dict["callback_failover"] = callback_failover
        if callback_sms is not UNSET:
            field_dict["callback_sms"] = callback_sms
        if callback_sms_failover is not UNSET:
            field_dict["callback_sms_failover"] = callback_sms_failover
        if answer_on_ring is not UNSET:
            field_dict["answer_on_ring"] = answer_on_ring
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_endpoint import CallbackEndpoint  # noqa: PLC0415
        from ..models.configured_number import ConfiguredNumber  # noqa: PLC0415
        from ..models.legacy_callback_config_request_custom_data_type_0 import (
            LegacyCallbackConfigRequestCustomDataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_no(data: object) -> ConfiguredNumber | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                no_type_1 = ConfiguredNumber.from_dict(data)

                return no_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfiguredNumber | str, data)

        no = _parse_no(d.pop("no"))

        callback = CallbackEndpoint.from_dict(d.pop("callback"))

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

        answer_on_ring = d.pop("answer_on_ring", UNSET)

        is_template = d.pop("is_template", UNSET)

        def _parse_custom_data(data: object) -> LegacyCallbackConfigRequestCustomDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = LegacyCallbackConfigRequestCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegacyCallbackConfigRequestCustomDataType0 | None | Unset, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        legacy_callback_config_request = cls(
            no=no,
            callback=callback,
            callback_failover=callback_failover,
            callback_sms=callback_sms,
            callback_sms_failover=callback_sms_failover,
            answer_on_ring=answer_on_ring,
            is_template=is_template,
            custom_data=custom_data,
        )

        legacy_callback_config_request.additional_properties = d
        return legacy_callback_config_request

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
