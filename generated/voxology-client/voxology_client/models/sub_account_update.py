from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_account_update_status import SubAccountUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_address import ServiceAddress


T = TypeVar("T", bound="SubAccountUpdate")


@_attrs_define
class SubAccountUpdate:
    """
    Attributes:
        name (str): The name of the Sub Account.
        port_out_pin (None | str | Unset): PIN used for port out requests.
        status (SubAccountUpdateStatus | Unset): The status of the Sub Account.
        notes (None | str | Unset): Notes on the Sub Account.
        service_address (ServiceAddress | Unset): The primary location where the service is used. A Sub Account without
            one inherits the Application's.
    """

    name: str
    port_out_pin: None | str | Unset = UNSET
    status: SubAccountUpdateStatus | Unset = UNSET
    notes: None | str | Unset = UNSET
    service_address: ServiceAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        port_out_pin: None | str | Unset
        if isinstance(self.port_out_pin, Unset):
            port_out_pin = UNSET
        else:
            port_out_pin = self.port_out_pin

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        service_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_address, Unset):
            service_address = self.service_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if port_out_pin is not UNSET:
            field_dict["port_out_pin"] = port_out_pin
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if service_address is not UNSET:
            field_dict["service_address"] = service_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_address import ServiceAddress  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_port_out_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_out_pin = _parse_port_out_pin(d.pop("port_out_pin", UNSET))

        _status = d.pop("status", UNSET)
        status: SubAccountUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubAccountUpdateStatus(_status)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _service_address = d.pop("service_address", UNSET)
        service_address: ServiceAddress | Unset
        if isinstance(_service_address, Unset):
            service_address = UNSET
        else:
            service_address = ServiceAddress.from_dict(_service_address)

        sub_account_update = cls(
            name=name,
            port_out_pin=port_out_pin,
            status=status,
            notes=notes,
            service_address=service_address,
        )

        sub_account_update.additional_properties = d
        return sub_account_update

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
