from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_information_carrier_phone_number_type_type_1 import (
    PhoneNumberInformationCarrierPhoneNumberTypeType1,
)
from ..models.phone_number_information_carrier_phone_number_type_type_2_type_1 import (
    PhoneNumberInformationCarrierPhoneNumberTypeType2Type1,
)
from ..models.phone_number_information_carrier_phone_number_type_type_3_type_1 import (
    PhoneNumberInformationCarrierPhoneNumberTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberInformationCarrier")


@_attrs_define
class PhoneNumberInformationCarrier:
    """
    Attributes:
        error (None | str | Unset):
        carrier_name (None | str | Unset):
        phone_number_type (None | PhoneNumberInformationCarrierPhoneNumberTypeType1 |
            PhoneNumberInformationCarrierPhoneNumberTypeType2Type1 | PhoneNumberInformationCarrierPhoneNumberTypeType3Type1
            | Unset):
    """

    error: None | str | Unset = UNSET
    carrier_name: None | str | Unset = UNSET
    phone_number_type: (
        None
        | PhoneNumberInformationCarrierPhoneNumberTypeType1
        | PhoneNumberInformationCarrierPhoneNumberTypeType2Type1
        | PhoneNumberInformationCarrierPhoneNumberTypeType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        carrier_name: None | str | Unset
        if isinstance(self.carrier_name, Unset):
            carrier_name = UNSET
        else:
            carrier_name = self.carrier_name

        phone_number_type: None | str | Unset
        if isinstance(self.phone_number_type, Unset):
            phone_number_type = UNSET
        elif isinstance(self.phone_number_type, PhoneNumberInformationCarrierPhoneNumberTypeType1):
            phone_number_type = self.phone_number_type.value
        elif isinstance(self.phone_number_type, PhoneNumberInformationCarrierPhoneNumberTypeType2Type1):
            phone_number_type = self.phone_number_type.value
        elif isinstance(self.phone_number_type, PhoneNumberInformationCarrierPhoneNumberTypeType3Type1):
            phone_number_type = self.phone_number_type.value
        else:
            phone_number_type = self.phone_number_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if carrier_name is not UNSET:
            field_dict["carrier_name"] = carrier_name
        if phone_number_type is not UNSET:
            field_dict["phone_number_type"] = phone_number_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_carrier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_name = _parse_carrier_name(d.pop("carrier_name", UNSET))

        def _parse_phone_number_type(
            data: object,
        ) -> (
            None
            | PhoneNumberInformationCarrierPhoneNumberTypeType1
            | PhoneNumberInformationCarrierPhoneNumberTypeType2Type1
            | PhoneNumberInformationCarrierPhoneNumberTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_number_type_type_1 = PhoneNumberInformationCarrierPhoneNumberTypeType1(data)

                return phone_number_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_number_type_type_2_type_1 = PhoneNumberInformationCarrierPhoneNumberTypeType2Type1(data)

                return phone_number_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_number_type_type_3_type_1 = PhoneNumberInformationCarrierPhoneNumberTypeType3Type1(data)

                return phone_number_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PhoneNumberInformationCarrierPhoneNumberTypeType1
                | PhoneNumberInformationCarrierPhoneNumberTypeType2Type1
                | PhoneNumberInformationCarrierPhoneNumberTypeType3Type1
                | Unset,
                data,
            )

        phone_number_type = _parse_phone_number_type(d.pop("phone_number_type", UNSET))

        phone_number_information_carrier = cls(
            error=error,
            carrier_name=carrier_name,
            phone_number_type=phone_number_type,
        )

        phone_number_information_carrier.additional_properties = d
        return phone_number_information_carrier

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
