from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        id (int): Payment ID.
        submitted_on (str): Datetime of the transaction. An ISO 8601 date/time.
        amount (float): Amount of the payment.
        transaction_id (int | Unset): Transaction ID (from the payment processor).
        description (str | Unset): Description of the payment.
    """

    id: int
    submitted_on: str
    amount: float
    transaction_id: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        submitted_on = self.submitted_on

        amount = self.amount

        transaction_id = self.transaction_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "submitted_on": submitted_on,
                "amount": amount,
            }
        )
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        submitted_on = d.pop("submitted_on")

        amount = d.pop("amount")

        transaction_id = d.pop("transaction_id", UNSET)

        description = d.pop("description", UNSET)

        payment = cls(
            id=id,
            submitted_on=submitted_on,
            amount=amount,
            transaction_id=transaction_id,
            description=description,
        )

        payment.additional_properties = d
        return payment

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
