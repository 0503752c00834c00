from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_limits import BillingLimits


T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """
    Attributes:
        account_email (str): The account’s email
        account_id (int): The account’s ID
        account_name (str): The account’s name
        active (bool): Whether the account is active
        created (str): The UTC account created time in 24-h format: YYYY-MM-DD HH:mm:ss
        a2p_sms_enabled (bool | Unset): Whether to activate one-way SMS
        access_entries (list[str] | Unset): The allowed access entries (the API function names)
        account_custom_data (str | Unset): The custom data
        account_first_name (str | Unset): The first name
        account_last_name (str | Unset): The last name
        account_notifications (bool | Unset): Whether Voximplant notifications are required
        api_key (str | Unset): The account API key. Use password or api_key authentication to show the api_key
        balance (float | Unset): The account’s money
        billing_address_address (str | Unset): The office address
        billing_address_country_code (str | Unset): The billing address country code (2 symbols, ISO 3166-1 alpha-2).
            Examples: US, RU, GB
        billing_address_name (str | Unset): The company or businessman name
        billing_address_phone (str | Unset): The office phone number
        billing_address_state (str | Unset): The office state (US) or province (Canada), up to 100 characters. Examples:
            California, Illinois, British Columbia
        billing_address_zip (str | Unset): The office ZIP
        billing_limits (BillingLimits | Unset):
        callback_salt (str | Unset): If salt string is specified, each HTTP request made by the Voximplant cloud toward
            the callback_url has a salt field set to MD5 hash of account information and salt. That hash can be used be a
            developer to ensure that HTTP request is made by the Voximplant cloud
        callback_url (str | Unset): If URL is specified, Voximplant cloud makes HTTP POST requests to it when something
            happens. For a full list of reasons see the type field of the AccountCallback structure. The HTTP request has a
            JSON-encoded body that conforms to the AccountCallbacks structure
        credit_limit (float | Unset): The account’s credit limit
        currency (str | Unset): The currency code (USD, RUR, EUR, …)
        frozen (bool | Unset): Whether account is blocked by Voximplant admins
        language_code (str | Unset): The notification language code (2 symbols, ISO639-1). Examples: en, ru
        location (str | Unset): The account location (timezone). Examples: America/Los_Angeles, Etc/GMT-8, Etc/GMT+10
        min_balance_to_notify (float | Unset): The min balance value to notify by email or SMS
        news_notifications (bool | Unset): Whether Voximplant news notifications are required
        send_js_error (bool | Unset): Whether to send an email when a JS error occurs
        support_bank_card (bool | Unset): Whether Bank card payments are allowed
        support_invoice (bool | Unset): Whether Bank invoices are allowed
        support_robokassa (bool | Unset): Whether Robokassa payments are allowed
        tariff_changing_notifications (bool | Unset): Whether Voximplant plan changing notifications are required
        with_access_entries (bool | Unset): Whether the admin user permissions are granted
    """

    account_email: str
    account_id: int
    account_name: str
    active: bool
    created: str
    a2p_sms_enabled: bool | Unset = UNSET
    access_entries: list[str] | Unset = UNSET
    account_custom_data: str | Unset = UNSET
    account_first_name: str | Unset = UNSET
    account_last_name: str | Unset = UNSET
    account_notifications: bool | Unset = UNSET
    api_key: str | Unset = UNSET
    balance: float | Unset = UNSET
    billing_address_address: str | Unset = UNSET
    billing_address_country_code: str | Unset = UNSET
    billing_address_name: str | Unset = UNSET
    billing_address_phone: str | Unset = UNSET
    billing_address_state: str | Unset = UNSET
    billing_address_zip: str | Unset = UNSET
    billing_limits: BillingLimits | Unset = UNSET
    callback_salt: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    credit_limit: float | Unset = UNSET
    currency: str | Unset = UNSET
    frozen: bool | Unset = UNSET
    language_code: str | Unset = UNSET
    location: str | Unset = UNSET
    min_balance_to_notify: float | Unset = UNSET
    news_notifications: bool | Unset = UNSET
    send_js_error: bool | Unset = UNSET
    support_bank_card: bool | Unset = UNSET
    support_invoice: bool | Unset = UNSET
    support_robokassa: bool | Unset = UNSET
    tariff_changing_notifications: bool | Unset = UNSET
    with_access_entries: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_email = self.account_email

        account_id = self.account_id

        account_name = self.account_name

        active = self.active

        created = self.created

        a2p_sms_enabled = self.a2p_sms_enabled

        access_entries: list[str] | Unset = UNSET
        if not isinstance(self.access_entries, Unset):
            access_entries = self.access_entries

        account_custom_data = self.account_custom_data

        account_first_name = self.account_first_name

        account_last_name = self.account_last_name

        account_notifications = self.account_notifications

        api_key = self.api_key

        balance = self.balance

        billing_address_address = self.billing_address_address

        billing_address_country_code = self.billing_address_country_code

        billing_address_name = self.billing_address_name

        billing_address_phone = self.billing_address_phone

        billing_address_state = self.billing_address_state

        billing_address_zip = self.billing_address_zip

        billing_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_limits, Unset):
            billing_limits = self.billing_limits.to_dict()

        callback_salt = self.callback_salt

        callback_url = self.callback_url

        credit_limit = self.credit_limit

        currency = self.currency

        frozen = self.frozen

        language_code = self.language_code

        location = self.location

        min_balance_to_notify = self.min_balance_to_notify

        news_notifications = self.news_notifications

        send_js_error = self.send_js_error

        support_bank_card = self.support_bank_card

        support_invoice = self.support_invoice

        support_robokassa = self.support_robokassa

        tariff_changing_notifications = self.tariff_changing_notifications

        with_access_entries = self.with_access_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_email": account_email,
                "account_id": account_id,
                "account_name": account_name,
                "active": active,
                "created": created,
            }
        )
        if a2p_sms_enabled is not UNSET:
            field_dict["a2p_sms_enabled"] = a2p_sms_enabled
        if access_entries is not UNSET:
            field_dict["access_entries"] = access_entries
        if account_custom_data is not UNSET:
            field_dict["account_custom_data"] = account_custom_data
        if account_first_name is not UNSET:
            field_dict["account_first_name"] = account_first_name
        if account_last_name is not UNSET:
            field_dict["account_last_name"] = account_last_name
        if account_notifications is not UNSET:
            field_dict["account_notifications"] = account_notifications
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if balance is not UNSET:
            field_dict["balance"] = balance
        if billing_address_address is not UNSET:
            field_dict["billing_address_address"] = billing_address_address
        if billing_address_country_code is not UNSET:
            field_dict["billing_address_country_code"] = billing_address_country_code
        if billing_address_name is not UNSET:
            field_dict["billing_address_name"] = billing_address_name
        if billing_address_phone is not UNSET:
            field_dict["billing_address_phone"] = billing_address_phone
        if billing_address_state is not UNSET:
            field_dict["billing_address_state"] = billing_address_state
        if billing_address_zip is not UNSET:
            field_dict["billing_address_zip"] = billing_address_zip
        if billing_limits is not UNSET:
            field_dict["billing_limits"] = billing_limits
        if callback_salt is not UNSET:
            field_dict["callback_salt"] = callback_salt
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if location is not UNSET:
            field_dict["location"] = location
        if min_balance_to_notify is not UNSET:
            field_dict["min_balance_to_notify"] = min_balance_to_notify
        if news_notifications is not UNSET:
            field_dict["news_notifications"] = news_notifications
        if send_js_error is not UNSET:
            field_dict["send_js_error"] = send_js_error
        if support_bank_card is not UNSET:
            field_dict["support_bank_card"] = support_bank_card
        if support_invoice is not UNSET:
            field_dict["support_invoice"] = support_invoice
        if support_robokassa is not UNSET:
            field_dict["support_robokassa"] = support_robokassa
        if tariff_changing_notifications is not UNSET:
            field_dict["tariff_changing_notifications"] = tariff_changing_notifications
        if with_access_entries is not UNSET:
            field_dict["with_access_entries"] = with_access_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_limits import BillingLimits  # noqa: PLC0415

        d = dict(src_dict)
        account_email = d.pop("account_email")

        account_id = d.pop("account_id")

        account_name = d.pop("account_name")

        active = d.pop("active")

        created = d.pop("created")

        a2p_sms_enabled = d.pop("a2p_sms_enabled", UNSET)

        access_entries = cast(list[str], d.pop("access_entries", UNSET))

        account_custom_data = d.pop("account_custom_data", UNSET)

        account_first_name = d.pop("account_first_name", UNSET)

        account_last_name = d.pop("account_last_name", UNSET)

        account_notifications = d.pop("account_notifications", UNSET)

        api_key = d.pop("api_key", UNSET)

        balance = d.pop("balance", UNSET)

        billing_address_address = d.pop("billing_address_address", UNSET)

        billing_address_country_code = d.pop("billing_address_country_code", UNSET)

        billing_address_name = d.pop("billing_address_name", UNSET)

        billing_address_phone = d.pop("billing_address_phone", UNSET)

        billing_address_state = d.pop("billing_address_state", UNSET)

        billing_address_zip = d.pop("billing_address_zip", UNSET)

        _billing_limits = d.pop("billing_limits", UNSET)
        billing_limits: BillingLimits | Unset
        if isinstance(_billing_limits, Unset):
            billing_limits = UNSET
        else:
            billing_limits = BillingLimits.from_dict(_billing_limits)

        callback_salt = d.pop("callback_salt", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        credit_limit = d.pop("credit_limit", UNSET)

        currency = d.pop("currency", UNSET)

        frozen = d.pop("frozen", UNSET)

        language_code = d.pop("language_code", UNSET)

        location = d.pop("location", UNSET)

        min_balance_to_notify = d.pop("min_balance_to_notify", UNSET)

        news_notifications = d.pop("news_notifications", UNSET)

        send_js_error = d.pop("send_js_error", UNSET)

        support_bank_card = d.pop("support_bank_card", UNSET)

        support_invoice = d.pop("support_invoice", UNSET)

        support_robokassa = d.pop("support_robokassa", UNSET)

        tariff_changing_notifications = d.pop("tariff_changing_notifications", UNSET)

        with_access_entries = d.pop("with_access_entries", UNSET)

        account_info = cls(
            account_email=account_email,
            account_id=account_id,
            account_name=account_name,
            active=active,
            created=created,
            a2p_sms_enabled=a2p_sms_enabled,
            access_entries=access_entries,
            account_custom_data=account_custom_data,
            account_first_name=account_first_name,
            account_last_name=account_last_name,
            account_notifications=account_notifications,
            api_key=api_key,
            balance=balance,
            billing_address_address=billing_address_address,
            billing_address_country_code=billing_address_country_code,
            billing_address_name=billing_address_name,
            billing_address_phone=billing_address_phone,
            billing_address_state=billing_address_state,
            billing_address_zip=billing_address_zip,
            billing_limits=billing_limits,
            callback_salt=callback_salt,
            callback_url=callback_url,
            credit_limit=credit_limit,
            currency=currency,
            frozen=frozen,
            language_code=language_code,
            location=location,
            min_balance_to_notify=min_balance_to_notify,
            news_notifications=news_notifications,
            send_js_error=send_js_error,
            support_bank_card=support_bank_card,
            support_invoice=support_invoice,
            support_robokassa=support_robokassa,
            tariff_changing_notifications=tariff_changing_notifications,
            with_access_entries=with_access_entries,
        )

        account_info.additional_properties = d
        return account_info

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
