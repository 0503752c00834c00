from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddInvoiceBody")


@_attrs_define
class VmAddInvoiceBody:
    """
    Attributes:
        total_amount (float):
        status (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        service_name (str | Unset):
    """

    total_amount: float
    status: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    service_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        status = self.status

        from_ = self.from_

        to = self.to

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_amount": total_amount,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if service_name is not UNSET:
            field_dict["service_name"] = service_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_amount = d.pop("total_amount")

        status = d.pop("status", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        service_name = d.pop("service_name", UNSET)

        vm_add_invoice_body = cls(
            total_amount=total_amount,
            status=status,
            from_=from_,
            to=to,
            service_name=service_name,
        )

        vm_add_invoice_body.additional_properties = d
        return vm_add_invoice_body

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
