from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attached_phone_info_verification_status import (
    AttachedPhoneInfoVerificationStatus,
    check_attached_phone_info_verification_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachedPhoneInfo")


@_attrs_define
class AttachedPhoneInfo:
    """
    Attributes:
        auto_charge (bool): Whether to charge automatically
        can_be_used (bool): Whether a not verified account can use the phone
        canceled (bool): Whether the subscription is cancelled
        category_name (str): The phone category name (MOBILE, GEOGRAPHIC, TOLLFREE, MOSCOW495)
        deactivated (bool): Whether the subscription is frozen
        emergency_calls_enabled (bool): Whether calls to emergency numbers are enabled
        emergency_calls_to_be_enabled (bool): Whether you need to make a request to enable calls to emergency numbers
        is_sms_enabled (bool): Whether SMS sending and receiving is enabled for this phone number via the ControlSms
            Management API
        is_sms_supported (bool): Whether SMS is supported for this phone number. SMS needs to be explicitly enabled via
            the ControlSms Management API before sending or receiving SMS. If SMS is supported and enabled, SMS can be sent
            from this phone number via the SendSmsMessage Management API and received via the InboundSmsCallback property of
            the HTTP callback. See this article for HTTP callback details
        modified (str): UTC date of an event associated with the number in 24-h format: YYYY-MM-DD HH:mm:ss
        phone_country_code (str): The phone country code (2 symbols)
        phone_id (int): The phone ID
        phone_next_renewal (str): The next renewal date in the following format: YYYY-MM-DD
        phone_number (str): The phone number
        phone_price (float): The phone monthly charge in the account’s currency
        phone_purchase_date (str): The purchase date in 24-h format: YYYY-MM-DD HH:mm:ss
        subscription_id (int): Phone number subscription ID
        activation_status (str | Unset): Phone number activation status
        application_id (int | Unset): ID of the bound application
        application_name (str | Unset): Name of the bound application
        extended_application_name (str | Unset): Full application name, e.g. myapp.myaccount.n1.voximplant.com
        incoming_sms_callback_url (str | Unset): If set, the callback of an incoming SMS is sent to this url, otherwise,
            it is sent to the general account URL
        phone_region_name (str | Unset): Phone region name
        required_verification (str | Unset): Whether the verification is required for the account
        rule_id (int | Unset): ID of the bound rule
        rule_name (str | Unset): Name of the bound rule
        unverified_hold_until (str | Unset): Unverified phone hold until the date in the following format: YYYY-MM-DD
            (if the account verification is required). The number is detached on that day automatically!
        verification_status (AttachedPhoneInfoVerificationStatus | Unset): The account verification status. The
            following values are possible: REQUIRED, IN_PROGRESS, VERIFIED
    """

    auto_charge: bool
    can_be_used: bool
    canceled: bool
    category_name: str
    deactivated: bool
    emergency_calls_enabled: bool
    emergency_calls_to_be_enabled: bool
    is_sms_enabled: bool
    is_sms_supported: bool
    modified: str
    phone_country_code: str
    phone_id: int
    phone_next_renewal: str
    phone_number: str
    phone_price: float
    phone_purchase_date: str
    subscription_id: int
    activation_status: str | Unset = UNSET
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    extended_application_name: str | Unset = UNSET
    incoming_sms_callback_url: str | Unset = UNSET
    phone_region_name: str | Unset = UNSET
    required_verification: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    unverified_hold_until: str | Unset = UNSET
    verification_status: AttachedPhoneInfoVerificationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_charge = self.auto_charge

        can_be_used = self.can_be_used

        canceled = self.canceled

        category_name = self.category_name

        deactivated = self.deactivated

        emergency_calls_enabled = self.emergency_calls_enabled

        emergency_calls_to_be_enabled = self.emergency_calls_to_be_enabled

        is_sms_enabled = self.is_sms_enabled

        is_sms_supported = self.is_sms_supported

        modified = self.modified

        phone_country_code = self.phone_country_code

        phone_id = self.phone_id

        phone_next_renewal = self.phone_next_renewal

        phone_number = self.phone_number

        phone_price = self.phone_price

        phone_purchase_date = self.phone_purchase_date

        subscription_id = self.subscription_id

        activation_status = self.activation_status

        application_id = self.application_id

        application_name = self.application_name

        extended_application_name = self.extended_application_name

        incoming_sms_callback_url = self.incoming_sms_callback_url

        phone_region_name = self.phone_region_name

        required_verification = self.required_verification

        rule_id = self.rule_id

        rule_name = self.rule_name

        unverified_hold_until = self.unverified_hold_until

        verification_status: str | Unset = UNSET
        if not isinstance(self.verification_status, Unset):
            verification_status = self.verification_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_charge": auto_charge,
                "can_be_used": can_be_used,
                "canceled": canceled,
                "category_name": category_name,
                "deactivated": deactivated,
                "emergency_calls_enabled": emergency_calls_enabled,
                "emergency_calls_to_be_enabled": emergency_calls_to_be_enabled,
                "is_sms_enabled": is_sms_enabled,
                "is_sms_supported": is_sms_supported,
                "modified": modified,
                "phone_country_code": phone_country_code,
                "phone_id": phone_id,
                "phone_next_renewal": phone_next_renewal,
                "phone_number": phone_number,
                "phone_price": phone_price,
                "phone_purchase_date": phone_purchase_date,
                "subscription_id": subscription_id,
            }
        )
        if activation_status is not UNSET:
            field_dict["activation_status"] = activation_status
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if extended_application_name is not UNSET:
            field_dict["extended_application_name"] = extended_application_name
        if incoming_sms_callback_url is not UNSET:
            field_dict["incoming_sms_callback_url"] = incoming_sms_callback_url
        if phone_region_name is not UNSET:
            field_dict["phone_region_name"] = phone_region_name
        if required_verification is not UNSET:
            field_dict["required_verification"] = required_verification
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if unverified_hold_until is not UNSET:
            field_dict["unverified_hold_until"] = unverified_hold_until
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_charge = d.pop("auto_charge")

        can_be_used = d.pop("can_be_used")

        canceled = d.pop("canceled")

        category_name = d.pop("category_name")

        deactivated = d.pop("deactivated")

        emergency_calls_enabled = d.pop("emergency_calls_enabled")

        emergency_calls_to_be_enabled = d.pop("emergency_calls_to_be_enabled")

        is_sms_enabled = d.pop("is_sms_enabled")

        is_sms_supported = d.pop("is_sms_supported")

        modified = d.pop("modified")

        phone_country_code = d.pop("phone_country_code")

        phone_id = d.pop("phone_id")

        phone_next_renewal = d.pop("phone_next_renewal")

        phone_number = d.pop("phone_number")

        phone_price = d.pop("phone_price")

        phone_purchase_date = d.pop("phone_purchase_date")

        subscription_id = d.pop("subscription_id")

        activation_status = d.pop("activation_status", UNSET)

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        extended_application_name = d.pop("extended_application_name", UNSET)

        incoming_sms_callback_url = d.pop("incoming_sms_callback_url", UNSET)

        phone_region_name = d.pop("phone_region_name", UNSET)

        required_verification = d.pop("required_verification", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        unverified_hold_until = d.pop("unverified_hold_until", UNSET)

        _verification_status = d.pop("verification_status", UNSET)
        verification_status: AttachedPhoneInfoVerificationStatus | Unset
        if isinstance(_verification_status, Unset):
            verification_status = UNSET
        else:
            verification_status = check_attached_phone_info_verification_status(_verification_status)

        attached_phone_info = cls(
            auto_charge=auto_charge,
            can_be_used=can_be_used,
            canceled=canceled,
            category_name=category_name,
            deactivated=deactivated,
            emergency_calls_enabled=emergency_calls_enabled,
            emergency_calls_to_be_enabled=emergency_calls_to_be_enabled,
            is_sms_enabled=is_sms_enabled,
            is_sms_supported=is_sms_supported,
            modified=modified,
            phone_country_code=phone_country_code,
            phone_id=phone_id,
            phone_next_renewal=phone_next_renewal,
            phone_number=phone_number,
            phone_price=phone_price,
            phone_purchase_date=phone_purchase_date,
            subscription_id=subscription_id,
            activation_status=activation_status,
            application_id=application_id,
            application_name=application_name,
            extended_application_name=extended_application_name,
            incoming_sms_callback_url=incoming_sms_callback_url,
            phone_region_name=phone_region_name,
            required_verification=required_verification,
            rule_id=rule_id,
            rule_name=rule_name,
            unverified_hold_until=unverified_hold_until,
            verification_status=verification_status,
        )

        attached_phone_info.additional_properties = d
        return attached_phone_info

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
