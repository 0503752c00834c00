from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voxology_far_end_acts_body_answered_by import VoxologyFarEndActsBodyAnsweredBy
from ..models.voxology_far_end_acts_body_status import VoxologyFarEndActsBodyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoxologyFarEndActsBody")


@_attrs_define
class VoxologyFarEndActsBody:
    """
    Attributes:
        status (VoxologyFarEndActsBodyStatus):
        answered_by (VoxologyFarEndActsBodyAnsweredBy | Unset):
    """

    status: VoxologyFarEndActsBodyStatus
    answered_by: VoxologyFarEndActsBodyAnsweredBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        answered_by: str | Unset = UNSET
        if not isinstance(self.answered_by, Unset):
            answered_by = self.answered_by.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if answered_by is not UNSET:
            field_dict["answered_by"] = answered_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = VoxologyFarEndActsBodyStatus(d.pop("status"))

        _answered_by = d.pop("answered_by", UNSET)
        answered_by: VoxologyFarEndActsBodyAnsweredBy | Unset
        if isinstance(_answered_by, Unset):
            answered_by = UNSET
        else:
            answered_by = VoxologyFarEndActsBodyAnsweredBy(_answered_by)

        voxology_far_end_acts_body = cls(
            status=status,
            answered_by=answered_by,
        )

        voxology_far_end_acts_body.additional_properties = d
        return voxology_far_end_acts_body

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
