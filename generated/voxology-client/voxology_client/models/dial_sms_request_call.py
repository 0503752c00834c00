from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DialSmsRequestCall")


@_attrs_define
class DialSmsRequestCall:
    """
    Attributes:
        no (str): The number to send to (E.164).
        caller_id_no (str): The assigned, SMS-enabled number it is from (E.164).
    """

    no: str
    caller_id_no: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no = self.no

        caller_id_no = self.caller_id_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no": no,
                "caller_id_no": caller_id_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        no = d.pop("no")

        caller_id_no = d.pop("caller_id_no")

        dial_sms_request_call = cls(
            no=no,
            caller_id_no=caller_id_no,
        )

        dial_sms_request_call.additional_properties = d
        return dial_sms_request_call

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
