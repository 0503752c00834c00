from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDomainTariffType")


@_attrs_define
class AccountDomainTariffType:
    """Tariff of the account.

    Attributes:
        id (int | Unset): Tariff ID.
        transfer_to_tariff_id (int | None | Unset): Tariff the account moves to next.
    """

    id: int | Unset = UNSET
    transfer_to_tariff_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transfer_to_tariff_id: int | None | Unset
        if isinstance(self.transfer_to_tariff_id, Unset):
            transfer_to_tariff_id = UNSET
        else:
            transfer_to_tariff_id = self.transfer_to_tariff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if transfer_to_tariff_id is not UNSET:
            field_dict["transfer_to_tariff_id"] = transfer_to_tariff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_transfer_to_tariff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transfer_to_tariff_id = _parse_transfer_to_tariff_id(d.pop("transfer_to_tariff_id", UNSET))

        account_domain_tariff_type = cls(
            id=id,
            transfer_to_tariff_id=transfer_to_tariff_id,
        )

        account_domain_tariff_type.additional_properties = d
        return account_domain_tariff_type

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
