from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """
    Attributes:
        description (None | str | Unset): User-definable description.
        caller_id_name (None | str | Unset): If cnam capable, the owner's name (max 15 characters).
        port_out_pin (None | str | Unset): Alphanumeric, at most 10 characters; null removes it.
    """

    description: None | str | Unset = UNSET
    caller_id_name: None | str | Unset = UNSET
    port_out_pin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        port_out_pin: None | str | Unset
        if isinstance(self.port_out_pin, Unset):
            port_out_pin = UNSET
        else:
            port_out_pin = self.port_out_pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if caller_id_name is not UNSET:
            field_dict["caller_id_name"] = caller_id_name
        if port_out_pin is not UNSET:
            field_dict["port_out_pin"] = port_out_pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_port_out_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_out_pin = _parse_port_out_pin(d.pop("port_out_pin", UNSET))

        phone_number_update = cls(
            description=description,
            caller_id_name=caller_id_name,
            port_out_pin=port_out_pin,
        )

        phone_number_update.additional_properties = d
        return phone_number_update

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
