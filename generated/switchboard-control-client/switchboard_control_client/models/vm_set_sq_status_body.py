from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_set_sq_status_body_sq_status_name import VmSetSqStatusBodySqStatusName
from ..models.vm_set_sq_status_body_type import VmSetSqStatusBodyType

T = TypeVar("T", bound="VmSetSqStatusBody")


@_attrs_define
class VmSetSqStatusBody:
    """
    Attributes:
        type_ (VmSetSqStatusBodyType):
        sq_status_name (VmSetSqStatusBodySqStatusName):
    """

    type_: VmSetSqStatusBodyType
    sq_status_name: VmSetSqStatusBodySqStatusName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        sq_status_name = self.sq_status_name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sq_status_name": sq_status_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VmSetSqStatusBodyType(d.pop("type"))

        sq_status_name = VmSetSqStatusBodySqStatusName(d.pop("sq_status_name"))

        vm_set_sq_status_body = cls(
            type_=type_,
            sq_status_name=sq_status_name,
        )

        vm_set_sq_status_body.additional_properties = d
        return vm_set_sq_status_body

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
