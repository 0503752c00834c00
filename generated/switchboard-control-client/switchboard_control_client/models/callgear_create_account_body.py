from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callgear_settings import CallgearSettings


T = TypeVar("T", bound="CallgearCreateAccountBody")


@_attrs_define
class CallgearCreateAccountBody:
    """
    Attributes:
        id (int | Unset): Default the next free id from 1000.
        name (str | Unset):
        settings (CallgearSettings | Unset): Unknown settings are refused.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    settings: CallgearSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callgear_settings import CallgearSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: CallgearSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CallgearSettings.from_dict(_settings)

        callgear_create_account_body = cls(
            id=id,
            name=name,
            settings=settings,
        )

        callgear_create_account_body.additional_properties = d
        return callgear_create_account_body

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
