from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStartRequest")


@_attrs_define
class RecordingStartRequest:
    """
    Attributes:
        group (str | Unset): A queryable name for the recording.
        message (list[str] | str | Unset): One or more strings of TTS text, audio URLs and/or DTMF (`dtmf://1234`).
        pre_message (list[str] | str | Unset): One or more strings of TTS text, audio URLs and/or DTMF (`dtmf://1234`).
    """

    group: str | Unset = UNSET
    message: list[str] | str | Unset = UNSET
    pre_message: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        pre_message: list[str] | str | Unset
        if isinstance(self.pre_message, Unset):
            pre_message = UNSET
        elif isinstance(self.pre_message, list):
            pre_message = self.pre_message

        else:
            pre_message = self.pre_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if message is not UNSET:
            field_dict["message"] = message
        if pre_message is not UNSET:
            field_dict["pre_message"] = pre_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group", UNSET)

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

        def _parse_pre_message(data: object) -> list[str] | str | Unset:
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

        pre_message = _parse_pre_message(d.pop("pre_message", UNSET))

        recording_start_request = cls(
            group=group,
            message=message,
            pre_message=pre_message,
        )

        recording_start_request.additional_properties = d
        return recording_start_request

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
