from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmContact")


@_attrs_define
class CrmContact:
    """Contact record. Fields and types as in the documentation's Body example (all strings).

    Attributes:
        first_name (str | Unset): First name, e.g. "Alex".
        last_name (str | Unset): Last name, e.g. "Phil".
        account_no (str | Unset): Account number, e.g. "10002-2989".
        crm_id (str | Unset): CRM ID, e.g. "220-39307-92".
        address (str | Unset): Address (empty in the example).
        city (str | Unset): City (empty in the example).
        loan_type (str | Unset): Loan type (empty in the example).
        due_date (str | Unset): Due date (empty in the example; format not documented).
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    account_no: str | Unset = UNSET
    crm_id: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    loan_type: str | Unset = UNSET
    due_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        account_no = self.account_no

        crm_id = self.crm_id

        address = self.address

        city = self.city

        loan_type = self.loan_type

        due_date = self.due_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if account_no is not UNSET:
            field_dict["account_no"] = account_no
        if crm_id is not UNSET:
            field_dict["crm_id"] = crm_id
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if loan_type is not UNSET:
            field_dict["loan_type"] = loan_type
        if due_date is not UNSET:
            field_dict["due_date"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        account_no = d.pop("account_no", UNSET)

        crm_id = d.pop("crm_id", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        loan_type = d.pop("loan_type", UNSET)

        due_date = d.pop("due_date", UNSET)

        crm_contact = cls(
            first_name=first_name,
            last_name=last_name,
            account_no=account_no,
            crm_id=crm_id,
            address=address,
            city=city,
            loan_type=loan_type,
            due_date=due_date,
        )

        crm_contact.additional_properties = d
        return crm_contact

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
