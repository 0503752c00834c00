from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_capabilities_item import PhoneNumberCapabilitiesItem
from ..models.phone_number_status import PhoneNumberStatus
from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_location import NumberLocation


T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        no (str): E.164.
        formatted (str):
        assigned_to (None | str): CallFlows, ParkingLot or Trunks/{trunk_id}.
        capabilities (list[PhoneNumberCapabilitiesItem]):
        status (PhoneNumberStatus):
        error (None | str | Unset): Any provisioning error.
        description (None | str | Unset):
        caller_id_name (None | str | Unset):
        price (float | Unset): USD.
        price_period (str | Unset):
        created_on (str | Unset): An ISO 8601 date/time.
        updated_on (str | Unset): An ISO 8601 date/time.
        usage (int | Unset):
        port_out_pin (None | str | Unset):
        type_ (PhoneNumberType | Unset):
        location (NumberLocation | Unset): Location information about a phone number.
        estimated_active_date (None | str | Unset):
        estimated_active_date_user_message (None | str | Unset):
    """

    no: str
    formatted: str
    assigned_to: None | str
    capabilities: list[PhoneNumberCapabilitiesItem]
    status: PhoneNumberStatus
    error: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    caller_id_name: None | str | Unset = UNSET
    price: float | Unset = UNSET
    price_period: str | Unset = UNSET
    created_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    usage: int | Unset = UNSET
    port_out_pin: None | str | Unset = UNSET
    type_: PhoneNumberType | Unset = UNSET
    location: NumberLocation | Unset = UNSET
    estimated_active_date: None | str | Unset = UNSET
    estimated_active_date_user_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        no = self.no

        formatted = self.formatted

        assigned_to: None | str
        assigned_to = self.assigned_to

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.value
            capabilities.append(capabilities_item)

        status = self.status.value

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        caller_id_name: None | str | Unset
        if isinstance(self.caller_id_name, Unset):
            caller_id_name = UNSET
        else:
            caller_id_name = self.caller_id_name

        price = self.price

        price_period = self.price_period

        created_on = self.created_on

        updated_on = self.updated_on

        usage = self.usage

        port_out_pin: None | str | Unset
        if isinstance(self.port_out_pin, Unset):
            port_out_pin = UNSET
        else:
            port_out_pin = self.port_out_pin

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        estimated_active_date: None | str | Unset
        if isinstance(self.estimated_active_date, Unset):
            estimated_active_date = UNSET
        else:
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
                "assigned_to": assigned_to,
                "capabilities": capabilities,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if description is not UNSET:
            field_dict["description"] = description
        if caller_id_name is not UNSET:
            field_dict["caller_id_name"] = caller_id_name
        if price is not UNSET:
            field_dict["price"] = price
        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if usage is not UNSET:
            field_dict["usage"] = usage
        if port_out_pin is not UNSET:
            field_dict["port_out_pin"] = port_out_pin
        if type_ is not UNSET:
            field_dict["type"] = type_
        if location is not UNSET:
            field_dict["location"] = location
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

        def _parse_assigned_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to"))

        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:
            capabilities_item = PhoneNumberCapabilitiesItem(capabilities_item_data)

            capabilities.append(capabilities_item)

        status = PhoneNumberStatus(d.pop("status"))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_caller_id_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_id_name = _parse_caller_id_name(d.pop("caller_id_name", UNSET))

        price = d.pop("price", UNSET)

        price_period = d.pop("price_period", UNSET)

        created_on = d.pop("created_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        usage = d.pop("usage", UNSET)

        def _parse_port_out_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_out_pin = _parse_port_out_pin(d.pop("port_out_pin", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: PhoneNumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PhoneNumberType(_type_)

        _location = d.pop("location", UNSET)
        location: NumberLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = NumberLocation.from_dict(_location)

        def _parse_estimated_active_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_active_date = _parse_estimated_active_date(d.pop("estimated_active_date", UNSET))

        def _parse_estimated_active_date_user_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_active_date_user_message = _parse_estimated_active_date_user_message(
            d.pop("estimated_active_date_user_message", UNSET)
        )

        phone_number = cls(
            no=no,
            formatted=formatted,
            assigned_to=assigned_to,
            capabilities=capabilities,
            status=status,
            error=error,
            description=description,
            caller_id_name=caller_id_name,
            price=price,
            price_period=price_period,
            created_on=created_on,
            updated_on=updated_on,
            usage=usage,
            port_out_pin=port_out_pin,
            type_=type_,
            location=location,
            estimated_active_date=estimated_active_date,
            estimated_active_date_user_message=estimated_active_date_user_message,
        )

        phone_number.additional_properties = d
        return phone_number

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
