from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_account_status import SubAccountStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_address import ServiceAddress
    from ..models.sip_domains import SipDomains


T = TypeVar("T", bound="SubAccount")


@_attrs_define
class SubAccount:
    """
    Attributes:
        id (int | str): The ID of the Sub Account (the create example shows it as a string).
        name (str): The name of the Sub Account.
        created_on (str | Unset): When the Sub Account was created. An ISO 8601 date/time.
        modified_on (str | Unset): When it was modified (replaced by updated_on).
        updated_on (str | Unset): When it was last updated. An ISO 8601 date/time.
        notes (None | str | Unset): Notes on the Sub Account.
        status (SubAccountStatus | Unset): The status.
        port_out_pin (None | str | Unset): PIN used for port out requests.
        service_address (ServiceAddress | Unset): The primary location where the service is used. A Sub Account without
            one inherits the Application's.
        sip_domains (SipDomains | Unset): The SIP URI endpoints of the Sub Account.
    """

    id: int | str
    name: str
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    notes: None | str | Unset = UNSET
    status: SubAccountStatus | Unset = UNSET
    port_out_pin: None | str | Unset = UNSET
    service_address: ServiceAddress | Unset = UNSET
    sip_domains: SipDomains | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        created_on = self.created_on

        modified_on = self.modified_on

        updated_on = self.updated_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        port_out_pin: None | str | Unset
        if isinstance(self.port_out_pin, Unset):
            port_out_pin = UNSET
        else:
            port_out_pin = self.port_out_pin

        service_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_address, Unset):
            service_address = self.service_address.to_dict()

        sip_domains: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_domains, Unset):
            sip_domains = self.sip_domains.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if port_out_pin is not UNSET:
            field_dict["port_out_pin"] = port_out_pin
        if service_address is not UNSET:
            field_dict["service_address"] = service_address
        if sip_domains is not UNSET:
            field_dict["sip_domains"] = sip_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_address import ServiceAddress  # noqa: PLC0415
        from ..models.sip_domains import SipDomains  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        created_on = d.pop("created_on", UNSET)

        modified_on = d.pop("modified_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _status = d.pop("status", UNSET)
        status: SubAccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubAccountStatus(_status)

        def _parse_port_out_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_out_pin = _parse_port_out_pin(d.pop("port_out_pin", UNSET))

        _service_address = d.pop("service_address", UNSET)
        service_address: ServiceAddress | Unset
        if isinstance(_service_address, Unset):
            service_address = UNSET
        else:
            service_address = ServiceAddress.from_dict(_service_address)

        _sip_domains = d.pop("sip_domains", UNSET)
        sip_domains: SipDomains | Unset
        if isinstance(_sip_domains, Unset):
            sip_domains = UNSET
        else:
            sip_domains = SipDomains.from_dict(_sip_domains)

        sub_account = cls(
            id=id,
            name=name,
            created_on=created_on,
            modified_on=modified_on,
            updated_on=updated_on,
            notes=notes,
            status=status,
            port_out_pin=port_out_pin,
            service_address=service_address,
            sip_domains=sip_domains,
        )

        sub_account.additional_properties = d
        return sub_account

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
