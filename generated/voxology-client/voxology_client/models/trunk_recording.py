from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_recording_setting import TrunkRecordingSetting
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrunkRecording")


@_attrs_define
class TrunkRecording:
    """
    Attributes:
        setting (TrunkRecordingSetting | Unset):
    """

    setting: TrunkRecordingSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setting: str | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setting is not UNSET:
            field_dict["setting"] = setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _setting = d.pop("setting", UNSET)
        setting: TrunkRecordingSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = TrunkRecordingSetting(_setting)

        trunk_recording = cls(
            setting=setting,
        )

        trunk_recording.additional_properties = d
        return trunk_recording

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
