from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetChildAccountInfoRequest")


@_attrs_define
class SetChildAccountInfoRequest:
    """
    Attributes:
        account_notifications (bool | Unset): Whether to receive Voximplant notifications
        active (bool | Unset): Whether the child account is active
        callback_salt (str | Unset): The salt of the callbacks' hash
        callback_url (str | Unset): The URL account callbacks are sent to
        can_use_restricted (bool | Unset): Whether the child account can use restricted resources
        child_account_email (str | Unset): Child account emails separated by semicolons (;)
        child_account_id (str | Unset): Child account ids separated by semicolons (;), or all
        child_account_name (str | Unset): Child account names separated by semicolons (;)
        language_code (str | Unset): The notification language: en, ru
        location (str | Unset): The account time zone
        min_balance_to_notify (float | Unset): The balance below which a notification is sent
        new_child_account_email (str | Unset): The new email of the (single) child account
        new_child_account_password (str | Unset): The new password
        news_notifications (bool | Unset): Whether to receive news
        support_bank_card (bool | Unset): Whether the child account can pay by bank card
        support_invoice (bool | Unset): Whether the child account can pay by invoice
        support_robokassa (bool | Unset): Whether the child account can pay by Robokassa
        tariff_changing_notifications (bool | Unset): Whether to receive plan change notifications
    """

    account_notifications: bool | Unset = UNSET
    active: bool | Unset = UNSET
    callback_salt: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    can_use_restricted: bool | Unset = UNSET
    child_account_email: str | Unset = UNSET
    child_account_id: str | Unset = UNSET
    child_account_name: str | Unset = UNSET
    language_code: str | Unset = UNSET
    location: str | Unset = UNSET
    min_balance_to_notify: float | Unset = UNSET
    new_child_account_email: str | Unset = UNSET
    new_child_account_password: str | Unset = UNSET
    news_notifications: bool | Unset = UNSET
    support_bank_card: bool | Unset = UNSET
    support_invoice: bool | Unset = UNSET
    support_robokassa: bool | Unset = UNSET
    tariff_changing_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_notifications = self.account_notifications

        active = self.active

        callback_salt = self.callback_salt

        callback_url = self.callback_url

        can_use_restricted = self.can_use_restricted

        child_account_email = self.child_account_email

        child_account_id = self.child_account_id

        child_account_name = self.child_account_name

        language_code = self.language_code

        location = self.location

        min_balance_to_notify = self.min_balance_to_notify

        new_child_account_email = self.new_child_account_email

        new_child_account_password = self.new_child_account_password

        news_notifications = self.news_notifications

        support_bank_card = self.support_bank_card

        support_invoice = self.support_invoice

        support_robokassa = self.support_robokassa

        tariff_changing_notifications = self.tariff_changing_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_notifications is not UNSET:
            field_dict["account_notifications"] = account_notifications
        if active is not UNSET:
            field_dict["active"] = active
        if callback_salt is not UNSET:
            field_dict["callback_salt"] = callback_salt
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if can_use_restricted is not UNSET:
            field_dict["can_use_restricted"] = can_use_restricted
        if child_account_email is not UNSET:
            field_dict["child_account_email"] = child_account_email
        if child_account_id is not UNSET:
            field_dict["child_account_id"] = child_account_id
        if child_account_name is not UNSET:
            field_dict["child_account_name"] = child_account_name
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if location is not UNSET:
            field_dict["location"] = location
        if min_balance_to_notify is not UNSET:
            field_dict["min_balance_to_notify"] = min_balance_to_notify
        if new_child_account_email is not UNSET:
            field_dict["new_child_account_email"] = new_child_account_email
        if new_child_account_password is not UNSET:
            field_dict["new_child_account_password"] = new_child_account_password
        if news_notifications is not UNSET:
            field_dict["news_notifications"] = news_notifications
        if support_bank_card is not UNSET:
            field_dict["support_bank_card"] = support_bank_card
        if support_invoice is not UNSET:
            field_dict["support_invoice"] = support_invoice
        if support_robokassa is not UNSET:
            field_dict["support_robokassa"] = support_robokassa
        if tariff_changing_notifications is not UNSET:
            field_dict["tariff_changing_notifications"] = tariff_changing_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_notifications = d.pop("account_notifications", UNSET)

        active = d.pop("active", UNSET)

        callback_salt = d.pop("callback_salt", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        can_use_restricted = d.pop("can_use_restricted", UNSET)

        child_account_email = d.pop("child_account_email", UNSET)

        child_account_id = d.pop("child_account_id", UNSET)

        child_account_name = d.pop("child_account_name", UNSET)

        language_code = d.pop("language_code", UNSET)

        location = d.pop("location", UNSET)

        min_balance_to_notify = d.pop("min_balance_to_notify", UNSET)

        new_child_account_email = d.pop("new_child_account_email", UNSET)

        new_child_account_password = d.pop("new_child_account_password", UNSET)

        news_notifications = d.pop("news_notifications", UNSET)

        support_bank_card = d.pop("support_bank_card", UNSET)

        support_invoice = d.pop("support_invoice", UNSET)

        support_robokassa = d.pop("support_robokassa", UNSET)

        tariff_changing_notifications = d.pop("tariff_changing_notifications", UNSET)

        set_child_account_info_request = cls(
            account_notifications=account_notifications,
            active=active,
            callback_salt=callback_salt,
            callback_url=callback_url,
            can_use_restricted=can_use_restricted,
            child_account_email=child_account_email,
            child_account_id=child_account_id,
            child_account_name=child_account_name,
            language_code=language_code,
            location=location,
            min_balance_to_notify=min_balance_to_notify,
            new_child_account_email=new_child_account_email,
            new_child_account_password=new_child_account_password,
            news_notifications=news_notifications,
            support_bank_card=support_bank_card,
            support_invoice=support_invoice,
            support_robokassa=support_robokassa,
            tariff_changing_notifications=tariff_changing_notifications,
        )

        set_child_account_info_request.additional_properties = d
        return set_child_account_info_request

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
