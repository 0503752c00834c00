from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance_alert import AccountBalanceAlert


T = TypeVar("T", bound="AlertRequest")


@_attrs_define
class AlertRequest:
    """
    Attributes:
        firstname (str): The first name of the alert recipient.
        lastname (str): The last name of the alert recipient.
        email (str): The email address to send the alert to.
        account_balance (AccountBalanceAlert): The alert configuration: minutes_before_zero and/or thresholds.
        phone_no (str | Unset): The phone number of the alert recipient (not used yet).
    """

    firstname: str
    lastname: str
    email: str
    account_balance: AccountBalanceAlert
    phone_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        account_balance = self.account_balance.to_dict()

        phone_no = self.phone_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
                "account_balance": account_balance,
            }
        )
        if phone_no is not UNSET:
            field_dict["phone_no"] = phone_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balance_alert import AccountBalanceAlert  # noqa: PLC0415

        d = dict(src_dict)
        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        email = d.pop("email")

        account_balance = AccountBalanceAlert.from_dict(d.pop("account_balance"))

        phone_no = d.pop("phone_no", UNSET)

        alert_request = cls(
            firstname=firstname,
            lastname=lastname,
            email=email,
            account_balance=account_balance,
            phone_no=phone_no,
        )

        alert_request.additional_properties = d
        return alert_request

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
