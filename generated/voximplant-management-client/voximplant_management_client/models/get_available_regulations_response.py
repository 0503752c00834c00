from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.regulation_address import RegulationAddress


T = TypeVar("T", bound="GetAvailableRegulationsResponse")


@_attrs_define
class GetAvailableRegulationsResponse:
    """
    Attributes:
        available_address (list[RegulationAddress]): The verified addresses that fit
        result (bool): Whether the numbers need a regulation address
    """

    available_address: list[RegulationAddress]
    result: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_address = []
        for available_address_item_data in self.available_address:
            available_address_item = available_address_item_data.to_dict()
            available_address.append(available_address_item)

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_address": available_address,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.regulation_address import RegulationAddress  # noqa: PLC0415

        d = dict(src_dict)
        available_address = []
        _available_address = d.pop("available_address")
        for available_address_item_data in _available_address:
            available_address_item = RegulationAddress.from_dict(available_address_item_data)

            available_address.append(available_address_item)

        result = d.pop("result")

        get_available_regulations_response = cls(
            available_address=available_address,
            result=result,
        )

        get_available_regulations_response.additional_properties = d
        return get_available_regulations_response

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
