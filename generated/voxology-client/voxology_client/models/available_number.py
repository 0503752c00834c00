from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.available_number_capabilities_item import AvailableNumberCapabilitiesItem
from ..models.available_number_type import AvailableNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_location import NumberLocation


T = TypeVar("T", bound="AvailableNumber")


@_attrs_define
class AvailableNumber:
    """
    Attributes:
        no (str): E.164.
        formatted (str):
        type_ (AvailableNumberType): local or toll-free (the examples say tollfree).
        capabilities (list[AvailableNumberCapabilitiesItem]):
        location (NumberLocation | Unset): Location information about a phone number.
        price (float | Unset):
        price_period (str | Unset):
        estimated_active_date (str | Unset):
        estimated_active_date_user_message (None | str | Unset):
    """

    no: str
    formatted: str
    type_: AvailableNumberType
    capabilities: list[AvailableNumberCapabilitiesItem]
    location: NumberLocation | Unset = UNSET
    price: float | Unset = UNSET
    price_period: str | Unset = UNSET
    estimated_active_date: str | Unset = UNSET
    estimated_active_date_user_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no = self.no

        formatted = self.formatted

        type_ = self.type_.value

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.value
            capabilities.append(capabilities_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        price = self.price

        price_period = self.price_period

        estimated_active_date = self.estimated_active_date

        estimated_active_date_user_message: None | str | Unset
        if isinstance(self.estimated_active_date_user_message, Unset):
            estimated_active_date_user_message = UNSET
        else:
            estimated_active_date_user_message = self.estimated_active_date_user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "no": no,
                "formatted": formatted,
                "type": type_,
                "capabilities": capabilities,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if price is not UNSET:
            field_dict["price"] = price
        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        if estimated_active_date is not UNSET:
            field_dict["estimated_active_date"] = estimated_active_date
        if estimated_active_date_user_message is not UNSET:
            field_dict["estimated_active_date_user_message"] = estimated_active_date_user_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_location import NumberLocation  # noqa: PLC0415

        d = dict(src_dict)
        no = d.pop("no")

        formatted = d.pop("formatted")

        type_ = AvailableNumberType(d.pop("type"))

        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:
            capabilities_item = AvailableNumberCapabilitiesItem(capabilities_item_data)

            capabilities.append(capabilities_item)

        _location = d.pop("location", UNSET)
        location: NumberLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = NumberLocation.from_dict(_location)

        price = d.pop("price", UNSET)

        price_period = d.pop("price_period", UNSET)

        estimated_active_date = d.pop("estimated_active_date", UNSET)

        def _parse_estimated_active_date_user_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_active_date_user_message = _parse_estimated_active_date_user_message(
            d.pop("estimated_active_date_user_message", UNSET)
        )

        available_number = cls(
            no=no,
            formatted=formatted,
            type_=type_,
            capabilities=capabilities,
            location=location,
            price=price,
            price_period=price_period,
            estimated_active_date=estimated_active_date,
            estimated_active_date_user_message=estimated_active_date_user_message,
        )

        available_number.additional_properties = d
        return available_number

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
