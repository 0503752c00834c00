from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegulationRegionRecord")


@_attrs_define
class RegulationRegionRecord:
    """
    Attributes:
        is_need_regulation_address (bool): Whether numbers of the region need a regulation address
        phone_region_code (str): The phone region code
        phone_region_name (str): The phone region name
    """

    is_need_regulation_address: bool
    phone_region_code: str
    phone_region_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_need_regulation_address = self.is_need_regulation_address

        phone_region_code = self.phone_region_code

        phone_region_name = self.phone_region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_need_regulation_address": is_need_regulation_address,
                "phone_region_code": phone_region_code,
                "phone_region_name": phone_region_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_need_regulation_address = d.pop("is_need_regulation_address")

        phone_region_code = d.pop("phone_region_code")

        phone_region_name = d.pop("phone_region_name")

        regulation_region_record = cls(
            is_need_regulation_address=is_need_regulation_address,
            phone_region_code=phone_region_code,
            phone_region_name=phone_region_name,
        )

        regulation_region_record.additional_properties = d
        return regulation_region_record

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
