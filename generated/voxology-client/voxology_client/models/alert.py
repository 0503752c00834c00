from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance_alert import AccountBalanceAlert


T = TypeVar("T", bound="Alert")


@_attrs_define
class Alert:
    """
    Attributes:
        id (int): Alert ID.
        firstname (str):
        lastname (str):
        email (str):
        account_balance (AccountBalanceAlert): The alert configuration: minutes_before_zero and/or thresholds.
        phone_no (None | str | Unset):
    """

    id: int
    firstname: str
    lastname: str
    email: str
    account_balance: AccountBalanceAlert
    phone_no: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        account_balance = self.account_balance.to_dict()

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        id = d.pop("id")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        email = d.pop("email")

        account_balance = AccountBalanceAlert.from_dict(d.pop("account_balance"))

        def _parse_phone_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_no = _parse_phone_no(d.pop("phone_no", UNSET))

        alert = cls(
            id=id,
            firstname=firstname,
            lastname=lastname,
            email=email,
            account_balance=account_balance,
            phone_no=phone_no,
        )

        alert.additional_properties = d
        return alert

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
