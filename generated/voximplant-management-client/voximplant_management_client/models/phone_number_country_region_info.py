from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiple_numbers_price import MultipleNumbersPrice


T = TypeVar("T", bound="PhoneNumberCountryRegionInfo")


@_attrs_define
class PhoneNumberCountryRegionInfo:
    """
    Attributes:
        phone_count (int): The number of phone numbers for sale in the region
        phone_installation_price (float): The one-off installation price
        phone_period (str): The subscription period in Y-M-D H:M:S notation
        phone_price (float): The monthly subscription price
        phone_region_id (int): The phone region id
        phone_region_name (str): The phone region name
        is_need_regulation_address (bool | Unset): Whether a number of the region needs a regulation address
        is_sms_supported (bool | Unset): Whether the region's numbers can send and receive SMS
        multiple_numbers_price (list[MultipleNumbersPrice] | Unset): The prices when buying several numbers at once
        phone_region_code (str | Unset): The phone region (area) code
        regulation_address_type (str | Unset): The kind of regulation address the region needs (LOCAL), empty if none
    """

    phone_count: int
    phone_installation_price: float
    phone_period: str
    phone_price: float
    phone_region_id: int
    phone_region_name: str
    is_need_regulation_address: bool | Unset = UNSET
    is_sms_supported: bool | Unset = UNSET
    multiple_numbers_price: list[MultipleNumbersPrice] | Unset = UNSET
    phone_region_code: str | Unset = UNSET
    regulation_address_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_count = self.phone_count

        phone_installation_price = self.phone_installation_price

        phone_period = self.phone_period

        phone_price = self.phone_price

        phone_region_id = self.phone_region_id

        phone_region_name = self.phone_region_name

        is_need_regulation_address = self.is_need_regulation_address

        is_sms_supported = self.is_sms_supported

        multiple_numbers_price: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multiple_numbers_price, Unset):
            multiple_numbers_price = []
            for multiple_numbers_price_item_data in self.multiple_numbers_price:
                multiple_numbers_price_item = multiple_numbers_price_item_data.to_dict()
                multiple_numbers_price.append(multiple_numbers_price_item)

        phone_region_code = self.phone_region_code

        regulation_address_type = self.regulation_address_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_count": phone_count,
                "phone_installation_price": phone_installation_price,
                "phone_period": phone_period,
                "phone_price": phone_price,
                "phone_region_id": phone_region_id,
                "phone_region_name": phone_region_name,
            }
        )
        if is_need_regulation_address is not UNSET:
            field_dict["is_need_regulation_address"] = is_need_regulation_address
        if is_sms_supported is not UNSET:
            field_dict["is_sms_supported"] = is_sms_supported
        if multiple_numbers_price is not UNSET:
            field_dict["multiple_numbers_price"] = multiple_numbers_price
        if phone_region_code is not UNSET:
            field_dict["phone_region_code"] = phone_region_code
        if regulation_address_type is not UNSET:
            field_dict["regulation_address_type"] = regulation_address_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multiple_numbers_price import MultipleNumbersPrice  # noqa: PLC0415

        d = dict(src_dict)
        phone_count = d.pop("phone_count")

        phone_installation_price = d.pop("phone_installation_price")

        phone_period = d.pop("phone_period")

        phone_price = d.pop("phone_price")

        phone_region_id = d.pop("phone_region_id")

        phone_region_name = d.pop("phone_region_name")

        is_need_regulation_address = d.pop("is_need_regulation_address", UNSET)

        is_sms_supported = d.pop("is_sms_supported", UNSET)

        _multiple_numbers_price = d.pop("multiple_numbers_price", UNSET)
        multiple_numbers_price: list[MultipleNumbersPrice] | Unset = UNSET
        if _multiple_numbers_price is not UNSET:
            multiple_numbers_price = []
            for multiple_numbers_price_item_data in _multiple_numbers_price:
                multiple_numbers_price_item = MultipleNumbersPrice.from_dict(multiple_numbers_price_item_data)

                multiple_numbers_price.append(multiple_numbers_price_item)

        phone_region_code = d.pop("phone_region_code", UNSET)

        regulation_address_type = d.pop("regulation_address_type", UNSET)

        phone_number_country_region_info = cls(
            phone_count=phone_count,
            phone_installation_price=phone_installation_price,
            phone_period=phone_period,
            phone_price=phone_price,
            phone_region_id=phone_region_id,
            phone_region_name=phone_region_name,
            is_need_regulation_address=is_need_regulation_address,
            is_sms_supported=is_sms_supported,
            multiple_numbers_price=multiple_numbers_price,
            phone_region_code=phone_region_code,
            regulation_address_type=regulation_address_type,
        )

        phone_number_country_region_info.additional_properties = d
        return phone_number_country_region_info

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
