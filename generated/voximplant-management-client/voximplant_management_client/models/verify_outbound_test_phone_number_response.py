from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerifyOutboundTestPhoneNumberResponse")


@_attrs_define
class VerifyOutboundTestPhoneNumberResponse:
    """
    Attributes:
        daily_attempts_left (int): The number of attempts left for the day. The number is reset every day at 00:00 UTC
    """

    daily_attempts_left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_attempts_left = self.daily_attempts_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_attempts_left": daily_attempts_left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        daily_attempts_left = d.pop("daily_attempts_left")

        verify_outbound_test_phone_number_response = cls(
            daily_attempts_left=daily_attempts_left,
        )

        verify_outbound_test_phone_number_response.additional_properties = d
        return verify_outbound_test_phone_number_response

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
