from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_set_acd_status_body_acd_status import VmSetAcdStatusBodyAcdStatus

T = TypeVar("T", bound="VmSetAcdStatusBody")


@_attrs_define
class VmSetAcdStatusBody:
    """
    Attributes:
        acd_status (VmSetAcdStatusBodyAcdStatus):
    """

    acd_status: VmSetAcdStatusBodyAcdStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acd_status = self.acd_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acd_status": acd_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acd_status = VmSetAcdStatusBodyAcdStatus(d.pop("acd_status"))

        vm_set_acd_status_body = cls(
            acd_status=acd_status,
        )

        vm_set_acd_status_body.additional_properties = d
        return vm_set_acd_status_body

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
