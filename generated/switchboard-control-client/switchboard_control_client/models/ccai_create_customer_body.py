from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ccai_settings import CcaiSettings


T = TypeVar("T", bound="CcaiCreateCustomerBody")


@_attrs_define
class CcaiCreateCustomerBody:
    """
    Attributes:
        subdomain (str):
        token (str): The API token (the password of HTTP Basic, with `api_user_name`).
        api_user_name (str | Unset): Default `<subdomain>_api_user`.
        settings (CcaiSettings | Unset): Unknown settings are refused.
        outbound_number (str | Unset): The global default outbound number; default `+1 555-555-0100`.
    """

    subdomain: str
    token: str
    api_user_name: str | Unset = UNSET
    settings: CcaiSettings | Unset = UNSET
    outbound_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subdomain = self.subdomain

        token = self.token

        api_user_name = self.api_user_name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        outbound_number = self.outbound_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subdomain": subdomain,
                "token": token,
            }
        )
        if api_user_name is not UNSET:
            field_dict["api_user_name"] = api_user_name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if outbound_number is not UNSET:
            field_dict["outbound_number"] = outbound_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ccai_settings import CcaiSettings  # noqa: PLC0415

        d = dict(src_dict)
        subdomain = d.pop("subdomain")

        token = d.pop("token")

        api_user_name = d.pop("api_user_name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: CcaiSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CcaiSettings.from_dict(_settings)

        outbound_number = d.pop("outbound_number", UNSET)

        ccai_create_customer_body = cls(
            subdomain=subdomain,
            token=token,
            api_user_name=api_user_name,
            settings=settings,
            outbound_number=outbound_number,
        )

        ccai_create_customer_body.additional_properties = d
        return ccai_create_customer_body

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
