from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """
    Attributes:
        token (str): Unique method ID.
        method (str | Unset): Method type (Credit Card).
        card_type (str | Unset): Type of card.
        last_four (str | Unset): Last four digits of the card number.
        is_default (bool | Unset): Is this the default payment method.
        created_on (str | Unset): When the method was added. An ISO 8601 date/time.
        updated_on (str | Unset): When the method was last updated. An ISO 8601 date/time.
        is_expired (bool | Unset): Is the method expired?
    """

    token: str
    method: str | Unset = UNSET
    card_type: str | Unset = UNSET
    last_four: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    created_on: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    is_expired: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        method = self.method

        card_type = self.card_type

        last_four = self.last_four

        is_default = self.is_default

        created_on = self.created_on

        updated_on = self.updated_on

        is_expired = self.is_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if last_four is not UNSET:
            field_dict["last_four"] = last_four
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if is_expired is not UNSET:
            field_dict["is_expired"] = is_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        method = d.pop("method", UNSET)

        card_type = d.pop("card_type", UNSET)

        last_four = d.pop("last_four", UNSET)

        is_default = d.pop("is_default", UNSET)

        created_on = d.pop("created_on", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        is_expired = d.pop("is_expired", UNSET)

        payment_method = cls(
            token=token,
            method=method,
            card_type=card_type,
            last_four=last_four,
            is_default=is_default,
            created_on=created_on,
            updated_on=updated_on,
            is_expired=is_expired,
        )

        payment_method.additional_properties = d
        return payment_method

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
