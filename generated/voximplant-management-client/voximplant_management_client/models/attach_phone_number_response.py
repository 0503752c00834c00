from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_attached_phone_info import NewAttachedPhoneInfo


T = TypeVar("T", bound="AttachPhoneNumberResponse")


@_attrs_define
class AttachPhoneNumberResponse:
    """
    Attributes:
        phone_numbers (list[NewAttachedPhoneInfo]): The attached numbers
        result (int): Returns 1 if the request has been completed successfully
    """

    phone_numbers: list[NewAttachedPhoneInfo]
    result: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_numbers": phone_numbers,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_attached_phone_info import NewAttachedPhoneInfo  # noqa: PLC0415

        d = dict(src_dict)
        phone_numbers = []
        _phone_numbers = d.pop("phone_numbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = NewAttachedPhoneInfo.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        result = d.pop("result")

        attach_phone_number_response = cls(
            phone_numbers=phone_numbers,
            result=result,
        )

        attach_phone_number_response.additional_properties = d
        return attach_phone_number_response

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
