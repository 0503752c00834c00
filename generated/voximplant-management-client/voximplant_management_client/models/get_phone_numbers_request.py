from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_phone_numbers_request_order_by import (
    GetPhoneNumbersRequestOrderBy,
    check_get_phone_numbers_request_order_by,
)
from ..models.get_phone_numbers_request_sandbox import (
    GetPhoneNumbersRequestSandbox,
    check_get_phone_numbers_request_sandbox,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPhoneNumbersRequest")


@_attrs_define
class GetPhoneNumbersRequest:
    """
    Attributes:
        activation_status (str | Unset): Phone number activation statuses to filter, separated by semicolons (;).

            The possible values are: ACTIVE, ACTIVATING, DEACTIVATED, PROVISIONING,
            AWAITING_BUSINESS_PHONE_NUMBER_CONFIGURATION, LEGAL_OWNERSHIP_LIMIT_REACHED, GOSUSLUGI_DECLINED,
            SELF_BAN_ENABLED
        application_id (int | Unset): Application ID
        application_name (str | Unset): Application name that can be used instead of application_id
        auto_charge (bool | Unset): Whether the auto_charge flag is enabled
        can_be_used (bool | Unset): Whether a not verified account can use the phone
        canceled (bool | Unset): Whether the subscription is cancelled to filter
        child_account_id (str | Unset): Child account ID list separated by semicolons (;). Use the ‘all’ value to select
            all child accounts
        children_phones_only (bool | Unset): Whether to get the children phones only
        count (int | Unset): Maximum returning record count
        country_code (str | Unset): Country code list separated by semicolons (;)
        deactivated (bool | Unset): Whether the subscription is frozen to filter
        from_phone_next_renewal (str | Unset): UTC ‘from’ date filter in the following format: YYYY-MM-DD
        from_phone_purchase_date (str | Unset): UTC ‘from’ date filter in 24-h format: YYYY-MM-DD HH:mm:ss
        from_unverified_hold_until (str | Unset): Unverified phone hold until the date (from …) in the following format:
            YYYY-MM-DD
        is_bound_to_application (bool | Unset): Whether the phone number bound to an application
        is_bound_to_rule (bool | Unset): Whether the phone number is bound to some rule
        offset (int | Unset): First N records are skipped in the output
        order_by (GetPhoneNumbersRequestOrderBy | Unset): Following values are available: ‘phone_number’ (ascent order),
            ‘phone_price’ (ascent order), ‘phone_country_code’ (ascent order), ‘deactivated’ (deactivated first, active
            last), ‘purchase_date’ (descent order), ‘phone_next_renewal’ (ascent order), ‘verification_status’,
            ‘unverified_hold_until’ (ascent order), ‘verification_name’
        phone_category_name (str | Unset): Phone category name. See the GetPhoneNumberCategories method
        phone_id (str | Unset): Particular phone ID to filter
        phone_number (str | Unset): Phone number list separated by semicolons (;) that can be used instead of phone_id
        phone_region_name (str | Unset): Region names list separated by semicolons (;)
        phone_template (str | Unset): Phone number start to filter
        rule_id (str | Unset): Rule ID list separated by semicolons (;)
        rule_name (str | Unset): Rule names list separated by semicolons (;). Can be used only if application_id or
            application_name is specified
        sandbox (GetPhoneNumbersRequestSandbox | Unset): Flag allows you to display only the numbers of the sandbox,
            real numbers, or all numbers. The following values are possible: ‘all’, ‘true’, ‘false’
        sms_supported (bool | Unset):
        to_phone_next_renewal (str | Unset): UTC ‘to’ date filter in the following format: YYYY-MM-DD
        to_phone_purchase_date (str | Unset): UTC ‘to’ date filter in 24-h format: YYYY-MM-DD HH:mm:ss
        to_unverified_hold_until (str | Unset): Unverified phone hold until the date (… to) in the following format:
            YYYY-MM-DD
        verification_name (str | Unset): Required account verification name to filter
        verification_status (str | Unset): Account verification status list separated by semicolons (;). The following
            values are possible: REQUIRED, IN_PROGRESS, VERIFIED
    """

    activation_status: str | Unset = UNSET
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    auto_charge: bool | Unset = UNSET
    can_be_used: bool | Unset = UNSET
    canceled: bool | Unset = UNSET
    child_account_id: str | Unset = UNSET
    children_phones_only: bool | Unset = UNSET
    count: int | Unset = UNSET
    country_code: str | Unset = UNSET
    deactivated: bool | Unset = UNSET
    from_phone_next_renewal: str | Unset = UNSET
    from_phone_purchase_date: str | Unset = UNSET
    from_unverified_hold_until: str | Unset = UNSET
    is_bound_to_application: bool | Unset = UNSET
    is_bound_to_rule: bool | Unset = UNSET
    offset: int | Unset = UNSET
    order_by: GetPhoneNumbersRequestOrderBy | Unset = UNSET
    phone_category_name: str | Unset = UNSET
    phone_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_region_name: str | Unset = UNSET
    phone_template: str | Unset = UNSET
    rule_id: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    sandbox: GetPhoneNumbersRequestSandbox | Unset = UNSET
    sms_supported: bool | Unset = UNSET
    to_phone_next_renewal: str | Unset = UNSET
    to_phone_purchase_date: str | Unset = UNSET
    to_unverified_hold_until: str | Unset = UNSET
    verification_name: str | Unset = UNSET
    verification_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_status = self.activation_status

        application_id = self.application_id

        application_name = self.application_name

        auto_charge = self.auto_charge

        can_be_used = self.can_be_used

        canceled = self.canceled

        child_account_id = self.child_account_id

        children_phones_only = self.children_phones_only

        count = self.count

        country_code = self.country_code

        deactivated = self.deactivated

        from_phone_next_renewal = self.from_phone_next_renewal

        from_phone_purchase_date = self.from_phone_purchase_date

        from_unverified_hold_until = self.from_unverified_hold_until

        is_bound_to_application = self.is_bound_to_application

        is_bound_to_rule = self.is_bound_to_rule

        offset = self.offset

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        phone_category_name = self.phone_category_name

        phone_id = self.phone_id

        phone_number = self.phone_number

        phone_region_name = self.phone_region_name

        phone_template = self.phone_template

        rule_id = self.rule_id

        rule_name = self.rule_name

        sandbox: str | Unset = UNSET
        if not isinstance(self.sandbox, Unset):
            sandbox = self.sandbox

        sms_supported = self.sms_supported

        to_phone_next_renewal = self.to_phone_next_renewal

        to_phone_purchase_date = self.to_phone_purchase_date

        to_unverified_hold_until = self.to_unverified_hold_until

        verification_name = self.verification_name

        verification_status = self.verification_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activation_status is not UNSET:
            field_dict["activation_status"] = activation_status
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if auto_charge is not UNSET:
            field_dict["auto_charge"] = auto_charge
        if can_be_used is not UNSET:
            field_dict["can_be_used"] = can_be_used
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if child_account_id is not UNSET:
            field_dict["child_account_id"] = child_account_id
        if children_phones_only is not UNSET:
            field_dict["children_phones_only"] = children_phones_only
        if count is not UNSET:
            field_dict["count"] = count
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if deactivated is not UNSET:
            field_dict["deactivated"] = deactivated
        if from_phone_next_renewal is not UNSET:
            field_dict["from_phone_next_renewal"] = from_phone_next_renewal
        if from_phone_purchase_date is not UNSET:
            field_dict["from_phone_purchase_date"] = from_phone_purchase_date
        if from_unverified_hold_until is not UNSET:
            field_dict["from_unverified_hold_until"] = from_unverified_hold_until
        if is_bound_to_application is not UNSET:
            field_dict["is_bound_to_application"] = is_bound_to_application
        if is_bound_to_rule is not UNSET:
            field_dict["is_bound_to_rule"] = is_bound_to_rule
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if phone_category_name is not UNSET:
            field_dict["phone_category_name"] = phone_category_name
        if phone_id is not UNSET:
            field_dict["phone_id"] = phone_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_region_name is not UNSET:
            field_dict["phone_region_name"] = phone_region_name
        if phone_template is not UNSET:
            field_dict["phone_template"] = phone_template
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if sms_supported is not UNSET:
            field_dict["sms_supported"] = sms_supported
        if to_phone_next_renewal is not UNSET:
            field_dict["to_phone_next_renewal"] = to_phone_next_renewal
        if to_phone_purchase_date is not UNSET:
            field_dict["to_phone_purchase_date"] = to_phone_purchase_date
        if to_unverified_hold_until is not UNSET:
            field_dict["to_unverified_hold_until"] = to_unverified_hold_until
        if verification_name is not UNSET:
            field_dict["verification_name"] = verification_name
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activation_status = d.pop("activation_status", UNSET)

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        auto_charge = d.pop("auto_charge", UNSET)

        can_be_used = d.pop("can_be_used", UNSET)

        canceled = d.pop("canceled", UNSET)

        child_account_id = d.pop("child_account_id", UNSET)

        children_phones_only = d.pop("children_phones_only", UNSET)

        count = d.pop("count", UNSET)

        country_code = d.pop("country_code", UNSET)

        deactivated = d.pop("deactivated", UNSET)

        from_phone_next_renewal = d.pop("from_phone_next_renewal", UNSET)

        from_phone_purchase_date = d.pop("from_phone_purchase_date", UNSET)

        from_unverified_hold_until = d.pop("from_unverified_hold_until", UNSET)

        is_bound_to_application = d.pop("is_bound_to_application", UNSET)

        is_bound_to_rule = d.pop("is_bound_to_rule", UNSET)

        offset = d.pop("offset", UNSET)

        _order_by = d.pop("order_by", UNSET)
        order_by: GetPhoneNumbersRequestOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = check_get_phone_numbers_request_order_by(_order_by)

        phone_category_name = d.pop("phone_category_name", UNSET)

        phone_id = d.pop("phone_id", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        phone_region_name = d.pop("phone_region_name", UNSET)

        phone_template = d.pop("phone_template", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        _sandbox = d.pop("sandbox", UNSET)
        sandbox: GetPhoneNumbersRequestSandbox | Unset
        if isinstance(_sandbox, Unset):
            sandbox = UNSET
        else:
            sandbox = check_get_phone_numbers_request_sandbox(_sandbox)

        sms_supported = d.pop("sms_supported", UNSET)

        to_phone_next_renewal = d.pop("to_phone_next_renewal", UNSET)

        to_phone_purchase_date = d.pop("to_phone_purchase_date", UNSET)

        to_unverified_hold_until = d.pop("to_unverified_hold_until", UNSET)

        verification_name = d.pop("verification_name", UNSET)

        verification_status = d.pop("verification_status", UNSET)

        get_phone_numbers_request = cls(
            activation_status=activation_status,
            application_id=application_id,
            application_name=application_name,
            auto_charge=auto_charge,
            can_be_used=can_be_used,
            canceled=canceled,
            child_account_id=child_account_id,
            children_phones_only=children_phones_only,
            count=count,
            country_code=country_code,
            deactivated=deactivated,
            from_phone_next_renewal=from_phone_next_renewal,
            from_phone_purchase_date=from_phone_purchase_date,
            from_unverified_hold_until=from_unverified_hold_until,
            is_bound_to_application=is_bound_to_application,
            is_bound_to_rule=is_bound_to_rule,
            offset=offset,
            order_by=order_by,
            phone_category_name=phone_category_name,
            phone_id=phone_id,
            phone_number=phone_number,
            phone_region_name=phone_region_name,
            phone_template=phone_template,
            rule_id=rule_id,
            rule_name=rule_name,
            sandbox=sandbox,
            sms_supported=sms_supported,
            to_phone_next_renewal=to_phone_next_renewal,
            to_phone_purchase_date=to_phone_purchase_date,
            to_unverified_hold_until=to_unverified_hold_until,
            verification_name=verification_name,
            verification_status=verification_status,
        )

        get_phone_numbers_request.additional_properties = d
        return get_phone_numbers_request

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
