from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kit_settings import KitSettings


T = TypeVar("T", bound="KitCreateAccountBody")


@_attrs_define
class KitCreateAccountBody:
    """
    Attributes:
        domain (str):
        access_token (str):
        settings (KitSettings | Unset): Unknown settings are refused.
    """

    domain: str
    access_token: str
    settings: KitSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        access_token = self.access_token

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "access_token": access_token,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kit_settings import KitSettings  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        access_token = d.pop("access_token")

        _settings = d.pop("settings", UNSET)
        settings: KitSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = KitSettings.from_dict(_settings)

        kit_create_account_body = cls(
            domain=domain,
            access_token=access_token,
            settings=settings,
        )

        kit_create_account_body.additional_properties = d
        return kit_create_account_body

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
