from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_collect_request_finish_on_key import LiveCollectRequestFinishOnKey
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_collect_request_callback import LiveCollectRequestCallback


T = TypeVar("T", bound="LiveCollectRequest")


@_attrs_define
class LiveCollectRequest:
    """
    Attributes:
        callback (LiveCollectRequestCallback):
        message (list[str] | str | Unset): One or more strings of TTS text, audio URLs and/or DTMF (`dtmf://1234`).
        num_digits (int | Unset): The maximum number of digits. Default: 1.
        finish_on_key (LiveCollectRequestFinishOnKey | Unset): The key that ends collection. Default:
            LiveCollectRequestFinishOnKey.VALUE_10.
        timeout (float | Unset): Seconds to wait for key presses (in the example only).
    """

    callback: LiveCollectRequestCallback
    message: list[str] | str | Unset = UNSET
    num_digits: int | Unset = 1
    finish_on_key: LiveCollectRequestFinishOnKey | Unset = LiveCollectRequestFinishOnKey.VALUE_10
    timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback = self.callback.to_dict()

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        num_digits = self.num_digits

        finish_on_key: str | Unset = UNSET
        if not isinstance(self.finish_on_key, Unset):
            finish_on_key = self.finish_on_key.value

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback": callback,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if num_digits is not UNSET:
            field_dict["num_digits"] = num_digits
        if finish_on_key is not UNSET:
            field_dict["finish_on_key"] = finish_on_key
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_collect_request_callback import LiveCollectRequestCallback  # noqa: PLC0415

        d = dict(src_dict)
        callback = LiveCollectRequestCallback.from_dict(d.pop("callback"))

        def _parse_message(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_audio_message_type_1 = cast(list[str], data)

                return componentsschemas_audio_message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        num_digits = d.pop("num_digits", UNSET)

        _finish_on_key = d.pop("finish_on_key", UNSET)
        finish_on_key: LiveCollectRequestFinishOnKey | Unset
        if isinstance(_finish_on_key, Unset):
            finish_on_key = UNSET
        else:
            finish_on_key = LiveCollectRequestFinishOnKey(_finish_on_key)

        timeout = d.pop("timeout", UNSET)

        live_collect_request = cls(
            callback=callback,
            message=message,
            num_digits=num_digits,
            finish_on_key=finish_on_key,
            timeout=timeout,
        )

        live_collect_request.additional_properties = d
        return live_collect_request

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
