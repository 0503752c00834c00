from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsMessageRequest")


@_attrs_define
class SendSmsMessageRequest:
    """
    Attributes:
        destination (str): The destination phone number
        sms_body (str): The message text, up to 765 characters. We split long messages greater than 160 GSM-7 characters
            or 70 UTF-16 characters into multiple segments. Each segment is charged as one message
        source (str): The source phone number
        store_body (bool | Unset): Whether to store outgoing message texts. Default value is false
    """

    destination: str
    sms_body: str
    source: str
    store_body: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        sms_body = self.sms_body

        source = self.source

        store_body = self.store_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "sms_body": sms_body,
                "source": source,
            }
        )
        if store_body is not UNSET:
            field_dict["store_body"] = store_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination")

        sms_body = d.pop("sms_body")

        source = d.pop("source")

        store_body = d.pop("store_body", UNSET)

        send_sms_message_request = cls(
            destination=destination,
            sms_body=sms_body,
            source=source,
            store_body=store_body,
        )

        send_sms_message_request.additional_properties = d
        return send_sms_message_request

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
