from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_number_country_region_info import PhoneNumberCountryRegionInfo


T = TypeVar("T", bound="GetPhoneNumberRegionsResponse")


@_attrs_define
class GetPhoneNumberRegionsResponse:
    """
    Attributes:
        result (list[PhoneNumberCountryRegionInfo]): The regions
    """

    result: list[PhoneNumberCountryRegionInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_country_region_info import PhoneNumberCountryRegionInfo  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = PhoneNumberCountryRegionInfo.from_dict(result_item_data)

            result.append(result_item)

        get_phone_number_regions_response = cls(
            result=result,
        )

        get_phone_number_regions_response.additional_properties = d
        return get_phone_number_regions_response

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
