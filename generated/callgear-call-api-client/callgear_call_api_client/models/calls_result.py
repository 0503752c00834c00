from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_call import ActiveCall
from ..models.metadata import Metadata
from ..types import UNSET, Unset


@_attrs_define
class CallsResult:
    """CallsResult

    Attributes:
        data (list[ActiveCall]):
        metadata (Metadata | Unset):
    """

    data: list[ActiveCall]
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = [item0.to_dict() for item0 in self.data]
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = self.metadata.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data")
        data = [ActiveCall.from_dict(item0) for item0 in _data]

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset = UNSET if isinstance(_metadata, Unset) else Metadata.from_dict(_metadata)

        obj = cls(
            data=data,
            metadata=metadata,
        )
        obj.additional_properties = d
        return obj

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
