from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SIPRegistration")


@_attrs_define
class SIPRegistration:
    """
    Attributes:
        deactivated (bool): Whether the subscription is deactivation. The SIP registration is frozen if true
        is_persistent (bool): Whether the SIP registration is persistent. Set false to activate it only on the user
            login
        last_updated (int): The last time updated
        next_subscription_renewal (str): The next subscription renewal date in the following format: YYYY-MM-DD
        proxy (str): The sip proxy
        purchase_date (str): The purchase date in 24-h format: YYYY-MM-DD HH:mm:ss
        sip_registration_id (int): The SIP registration ID
        sip_username (str): The user name from sip proxy
        subscription_price (str): The subscription monthly charge
        application_id (int | Unset): ID of the bound application
        application_name (str | Unset): Name of the bound application
        auth_user (str | Unset): The SIP authentications user
        error_message (str | Unset): The error message from a SIP registration
        outbound_proxy (str | Unset): The outgoing proxy
        rule_id (int | Unset): ID of the bound rule
        rule_name (str | Unset): Name of the bound rule
        status_code (int | Unset): The status code from a SIP registration
        successful (bool | Unset): Whether the SIP registration is successful
        user_id (int | Unset): ID of the bound user
        user_name (str | Unset): Name of the bound user
    """

    deactivated: bool
    is_persistent: bool
    last_updated: int
    next_subscription_renewal: str
    proxy: str
    purchase_date: str
    sip_registration_id: int
    sip_username: str
    subscription_price: str
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    auth_user: str | Unset = UNSET
    error_message: str | Unset = UNSET
    outbound_proxy: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    status_code: int | Unset = UNSET
    successful: bool | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deactivated = self.deactivated

        is_persistent = self.is_persistent

        last_updated = self.last_updated

        next_subscription_renewal = self.next_subscription_renewal

        proxy = self.proxy

        purchase_date = self.purchase_date

        sip_registration_id = self.sip_registration_id

        sip_username = self.sip_username

        subscription_price = self.subscription_price

        application_id = self.application_id

        application_name = self.application_name

        auth_user = self.auth_user

        error_message = self.error_message

        outbound_proxy = self.outbound_proxy

        rule_id = self.rule_id

        rule_name = self.rule_name

        status_code = self.status_code

        successful = self.successful

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deactivated": deactivated,
                "is_persistent": is_persistent,
                "last_updated": last_updated,
                "next_subscription_renewal": next_subscription_renewal,
                "proxy": proxy,
                "purchase_date": purchase_date,
                "sip_registration_id": sip_registration_id,
                "sip_username": sip_username,
                "subscription_price": subscription_price,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if auth_user is not UNSET:
            field_dict["auth_user"] = auth_user
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if outbound_proxy is not UNSET:
            field_dict["outbound_proxy"] = outbound_proxy
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if successful is not UNSET:
            field_dict["successful"] = successful
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deactivated = d.pop("deactivated")

        is_persistent = d.pop("is_persistent")

        last_updated = d.pop("last_updated")

        next_subscription_renewal = d.pop("next_subscription_renewal")

        proxy = d.pop("proxy")

        purchase_date = d.pop("purchase_date")

        sip_registration_id = d.pop("sip_registration_id")

        sip_username = d.pop("sip_username")

        subscription_price = d.pop("subscription_price")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        auth_user = d.pop("auth_user", UNSET)

        error_message = d.pop("error_message", UNSET)

        outbound_proxy = d.pop("outbound_proxy", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        status_code = d.pop("status_code", UNSET)

        successful = d.pop("successful", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        sip_registration = cls(
            deactivated=deactivated,
            is_persistent=is_persistent,
            last_updated=last_updated,
            next_subscription_renewal=next_subscription_renewal,
            proxy=proxy,
            purchase_date=purchase_date,
            sip_registration_id=sip_registration_id,
            sip_username=sip_username,
            subscription_price=subscription_price,
            application_id=application_id,
            application_name=application_name,
            auth_user=auth_user,
            error_message=error_message,
            outbound_proxy=outbound_proxy,
            rule_id=rule_id,
            rule_name=rule_name,
            status_code=status_code,
            successful=successful,
            user_id=user_id,
            user_name=user_name,
        )

        sip_registration.additional_properties = d
        return sip_registration

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
