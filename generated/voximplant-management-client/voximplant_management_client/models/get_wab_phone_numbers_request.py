from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetWABPhoneNumbersRequest")


@_attrs_define
class GetWABPhoneNumbersRequest:
    """
    Attributes:
        application_id (int | Unset): Application ID that is bound to the WhatsApp Business phone number
        application_name (str | Unset): Bound application name that can be used instead of application_id
        count (int | Unset): Maximum returning records count
        country_code (str | Unset): Country code filter (2 symbols) for the WhatsApp Business phone number
        offset (int | Unset): Number of records to be skipped in the result
        wab_phone_number (str | Unset): WhatsApp Business phone number
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    country_code: str | Unset = UNSET
    offset: int | Unset = UNSET
    wab_phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        country_code = self.country_code

        offset = self.offset

        wab_phone_number = self.wab_phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if offset is not UNSET:
            field_dict["offset"] = offset
        if wab_phone_number is not UNSET:
            field_dict["wab_phone_number"] = wab_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        country_code = d.pop("country_code", UNSET)

        offset = d.pop("offset", UNSET)

        wab_phone_number = d.pop("wab_phone_number", UNSET)

        get_wab_phone_numbers_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            country_code=country_code,
            offset=offset,
            wab_phone_number=wab_phone_number,
        )

        get_wab_phone_numbers_request.additional_properties = d
        return get_wab_phone_numbers_request

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
