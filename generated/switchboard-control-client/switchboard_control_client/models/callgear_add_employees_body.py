from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callgear_add_employees_body_phone_numbers_item_type_1 import (
        CallgearAddEmployeesBodyPhoneNumbersItemType1,
    )


T = TypeVar("T", bound="CallgearAddEmployeesBody")


@_attrs_define
class CallgearAddEmployeesBody:
    """
    Attributes:
        full_name (str):
        id (int | Unset):
        extension (None | str | Unset):
        phone_numbers (list[CallgearAddEmployeesBodyPhoneNumbersItemType1 | str] | Unset):
        record_calls (bool | Unset):
    """

    full_name: str
    id: int | Unset = UNSET
    extension: None | str | Unset = UNSET
    phone_numbers: list[CallgearAddEmployeesBodyPhoneNumbersItemType1 | str] | Unset = UNSET
    record_calls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callgear_add_employees_body_phone_numbers_item_type_1 import (
            CallgearAddEmployeesBodyPhoneNumbersItemType1,  # noqa: PLC0415
        )

        full_name = self.full_name

        id = self.id

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        phone_numbers: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item: dict[str, Any] | str
                if isinstance(phone_numbers_item_data, CallgearAddEmployeesBodyPhoneNumbersItemType1):
                    phone_numbers_item = phone_numbers_item_data.to_dict()
                else:
                    phone_numbers_item = phone_numbers_item_data
                phone_numbers.append(phone_numbers_item)

        record_calls = self.record_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full_name": full_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if extension is not UNSET:
            field_dict["extension"] = extension
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if record_calls is not UNSET:
            field_dict["record_calls"] = record_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callgear_add_employees_body_phone_numbers_item_type_1 import (
            CallgearAddEmployeesBodyPhoneNumbersItemType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        full_name = d.pop("full_name")

        id = d.pop("id", UNSET)

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[CallgearAddEmployeesBodyPhoneNumbersItemType1 | str] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:

                def _parse_phone_numbers_item(data: object) -> CallgearAddEmployeesBodyPhoneNumbersItemType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        phone_numbers_item_type_1 = CallgearAddEmployeesBodyPhoneNumbersItemType1.from_dict(data)

                        return phone_numbers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(CallgearAddEmployeesBodyPhoneNumbersItemType1 | str, data)

                phone_numbers_item = _parse_phone_numbers_item(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        record_calls = d.pop("record_calls", UNSET)

        callgear_add_employees_body = cls(
            full_name=full_name,
            id=id,
            extension=extension,
            phone_numbers=phone_numbers,
            record_calls=record_calls,
        )

        callgear_add_employees_body.additional_properties = d
        return callgear_add_employees_body

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
