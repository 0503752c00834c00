from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetAccountInfoRequest")


@_attrs_define
class SetAccountInfoRequest:
    """
    Attributes:
        account_custom_data (str | Unset): Custom data of the account
        account_first_name (str | Unset): The first name
        account_last_name (str | Unset): The last name
        account_notifications (bool | Unset): Whether to receive Voximplant notifications
        billing_address_address (str | Unset): The billing address
        billing_address_country_code (str | Unset): The billing address country code
        billing_address_name (str | Unset): The billing address name
        billing_address_phone (str | Unset): The billing address phone
        billing_address_zip (str | Unset): The billing address ZIP code
        callback_salt (str | Unset): The salt of the callbacks' hash
        callback_url (str | Unset): The URL account callbacks are sent to
        language_code (str | Unset): The notification language: en, ru
        location (str | Unset): The account time zone, e.g. Etc/GMT
        min_balance_to_notify (float | Unset): The balance below which a notification is sent
        new_account_email (str | Unset): The new account email
        new_account_password (str | Unset): The new account password
        news_notifications (bool | Unset): Whether to receive news
        send_js_error (bool | Unset): Whether to receive scenario error emails
        store_inbound_sms (bool | Unset): Whether to keep inbound SMS
        store_outbound_sms (bool | Unset): Whether to keep outbound SMS
        tariff_changing_notifications (bool | Unset): Whether to receive plan change notifications
    """

    account_custom_data: str | Unset = UNSET
    account_first_name: str | Unset = UNSET
    account_last_name: str | Unset = UNSET
    account_notifications: bool | Unset = UNSET
    billing_address_address: str | Unset = UNSET
    billing_address_country_code: str | Unset = UNSET
    billing_address_name: str | Unset = UNSET
    billing_address_phone: str | Unset = UNSET
    billing_address_zip: str | Unset = UNSET
    callback_salt: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    language_code: str | Unset = UNSET
    location: str | Unset = UNSET
    min_balance_to_notify: float | Unset = UNSET
    new_account_email: str | Unset = UNSET
    new_account_password: str | Unset = UNSET
    news_notifications: bool | Unset = UNSET
    send_js_error: bool | Unset = UNSET
    store_inbound_sms: bool | Unset = UNSET
    store_outbound_sms: bool | Unset = UNSET
    tariff_changing_notifications: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_custom_data = self.account_custom_data

        account_first_name = self.account_first_name

        account_last_name = self.account_last_name

        account_notifications = self.account_notifications

        billing_address_address = self.billing_address_address

        billing_address_country_code = self.billing_address_country_code

        billing_address_name = self.billing_address_name

        billing_address_phone = self.billing_address_phone

        billing_address_zip = self.billing_address_zip

        callback_salt = self.callback_salt

        callback_url = self.callback_url

        language_code = self.language_code

        location = self.location

        min_balance_to_notify = self.min_balance_to_notify

        new_account_email = self.new_account_email

        new_account_password = self.new_account_password

        news_notifications = self.news_notifications

        send_js_error = self.send_js_error

        store_inbound_sms = self.store_inbound_sms

        store_outbound_sms = self.store_outbound_sms

        tariff_changing_notifications = self.tariff_changing_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_custom_data is not UNSET:
            field_dict["account_custom_data"] = account_custom_data
        if account_first_name is not UNSET:
            field_dict["account_first_name"] = account_first_name
        if account_last_name is not UNSET:
            field_dict["account_last_name"] = account_last_name
        if account_notifications is not UNSET:
            field_dict["account_notifications"] = account_notifications
        if billing_address_address is not UNSET:
            field_dict["billing_address_address"] = billing_address_address
        if billing_address_country_code is not UNSET:
            field_dict["billing_address_country_code"] = billing_address_country_code
        if billing_address_name is not UNSET:
            field_dict["billing_address_name"] = billing_address_name
        if billing_address_phone is not UNSET:
            field_dict["billing_address_phone"] = billing_address_phone
        if billing_address_zip is not UNSET:
            field_dict["billing_address_zip"] = billing_address_zip
        if callback_salt is not UNSET:
            field_dict["callback_salt"] = callback_salt
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if location is not UNSET:
            field_dict["location"] = location
        if min_balance_to_notify is not UNSET:
            field_dict["min_balance_to_notify"] = min_balance_to_notify
        if new_account_email is not UNSET:
            field_dict["new_account_email"] = new_account_email
        if new_account_password is not UNSET:
            field_dict["new_account_password"] = new_account_password
        if news_notifications is not UNSET:
            field_dict["news_notifications"] = news_notifications
        if send_js_error is not UNSET:
            field_dict["send_js_error"] = send_js_error
        if store_inbound_sms is not UNSET:
            field_dict["store_inbound_sms"] = store_inbound_sms
        if store_outbound_sms is not UNSET:
            field_dict["store_outbound_sms"] = store_outbound_sms
        if tariff_changing_notifications is not UNSET:
            field_dict["tariff_changing_notifications"] = tariff_changing_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_custom_data = d.pop("account_custom_data", UNSET)

        account_first_name = d.pop("account_first_name", UNSET)

        account_last_name = d.pop("account_last_name", UNSET)

        account_notifications = d.pop("account_notifications", UNSET)

        billing_address_address = d.pop("billing_address_address", UNSET)

        billing_address_country_code = d.pop("billing_address_country_code", UNSET)

        billing_address_name = d.pop("billing_address_name", UNSET)

        billing_address_phone = d.pop("billing_address_phone", UNSET)

        billing_address_zip = d.pop("billing_address_zip", UNSET)

        callback_salt = d.pop("callback_salt", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        language_code = d.pop("language_code", UNSET)

        location = d.pop("location", UNSET)

        min_balance_to_notify = d.pop("min_balance_to_notify", UNSET)

        new_account_email = d.pop("new_account_email", UNSET)

        new_account_password = d.pop("new_account_password", UNSET)

        news_notifications = d.pop("news_notifications", UNSET)

        send_js_error = d.pop("send_js_error", UNSET)

        store_inbound_sms = d.pop("store_inbound_sms", UNSET)

        store_outbound_sms = d.pop("store_outbound_sms", UNSET)

        tariff_changing_notifications = d.pop("tariff_changing_notifications", UNSET)

        set_account_info_request = cls(
            account_custom_data=account_custom_data,
            account_first_name=account_first_name,
            account_last_name=account_last_name,
            account_notifications=account_notifications,
            billing_address_address=billing_address_address,
            billing_address_country_code=billing_address_country_code,
            billing_address_name=billing_address_name,
            billing_address_phone=billing_address_phone,
            billing_address_zip=billing_address_zip,
            callback_salt=callback_salt,
            callback_url=callback_url,
            language_code=language_code,
            location=location,
            min_balance_to_notify=min_balance_to_notify,
            new_account_email=new_account_email,
            new_account_password=new_account_password,
            news_notifications=news_notifications,
            send_js_error=send_js_error,
            store_inbound_sms=store_inbound_sms,
            store_outbound_sms=store_outbound_sms,
            tariff_changing_notifications=tariff_changing_notifications,
        )

        set_account_info_request.additional_properties = d
        return set_account_info_request

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
