from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingIncomingEventClientDataDeviceType")


@_attrs_define
class MessagingIncomingEventClientDataDeviceType:
    """Client device.

    Attributes:
        type_ (str | Unset): Device type.
        model (str | Unset): Device model.
        user_agent (str | Unset): User agent.
    """

    type_: str | Unset = UNSET
    model: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model = self.model

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if model is not UNSET:
            field_dict["model"] = model
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        model = d.pop("model", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        messaging_incoming_event_client_data_device_type = cls(
            type_=type_,
            model=model,
            user_agent=user_agent,
        )

        messaging_incoming_event_client_data_device_type.additional_properties = d
        return messaging_incoming_event_client_data_device_type

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
