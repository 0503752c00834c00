from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dial_sms_request_call import DialSmsRequestCall


T = TypeVar("T", bound="DialSmsRequest")


@_attrs_define
class DialSmsRequest:
    """
    Attributes:
        call (DialSmsRequestCall):
        message (str): The SMS message.
    """

    call: DialSmsRequestCall
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call = self.call.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_sms_request_call import DialSmsRequestCall  # noqa: PLC0415

        d = dict(src_dict)
        call = DialSmsRequestCall.from_dict(d.pop("call"))

        message = d.pop("message")

        dial_sms_request = cls(
            call=call,
            message=message,
        )

        dial_sms_request.additional_properties = d
        return dial_sms_request

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
