from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_campaign_type import PhoneNumberCampaignType
    from ..models.phone_number_scenario_type import PhoneNumberScenarioType


T = TypeVar("T", bound="PhoneNumberType")


@_attrs_define
class PhoneNumberType:
    """A rented Kit phone number.

    Attributes:
        id (int): Number ID.
        phone_number (int): The number, digits only (an integer in the official client).
        domain_id (int | Unset): Account ID.
        auto_charge (bool | Unset): Renewed automatically.
        can_be_used (bool | Unset): Usable for calls.
        category_name (str | Unset): Number category, e.g. GEOGRAPHIC.
        phone_country_code (str | Unset): Two-letter country code.
        phone_purchase_date (str | Unset): Purchase time.
        required_verification (bool | Unset): Needs verification documents.
        verification_status (None | str | Unset): Verification status.
        deactivated (bool | Unset): Deactivated.
        unverified_hold_until (None | str | Unset): Hold end for unverified numbers.
        canceled (None | str | Unset): Cancellation time.
        phone_next_renewal (str | Unset): Next renewal date, `YYYY-MM-DD`.
        phone_price (float | Unset): Monthly price.
        phone_region_id (int | Unset): Region ID.
        redirect_number (None | str | Unset): Forwarding number.
        deleted (bool | Unset): Deleted.
        is_sms_enabled (bool | Unset): SMS enabled.
        is_sms_supported (bool | Unset): SMS supported.
        allowed_callerids (bool | Unset): Caller IDs allowed.
        campaigns (list[PhoneNumberCampaignType] | Unset):
        scenario (list[PhoneNumberScenarioType] | Unset):
    """

    id: int
    phone_number: int
    domain_id: int | Unset = UNSET
    auto_charge: bool | Unset = UNSET
    can_be_used: bool | Unset = UNSET
    category_name: str | Unset = UNSET
    phone_country_code: str | Unset = UNSET
    phone_purchase_date: str | Unset = UNSET
    required_verification: bool | Unset = UNSET
    verification_status: None | str | Unset = UNSET
    deactivated: bool | Unset = UNSET
    unverified_hold_until: None | str | Unset = UNSET
    canceled: None | str | Unset = UNSET
    phone_next_renewal: str | Unset = UNSET
    phone_price: float | Unset = UNSET
    phone_region_id: int | Unset = UNSET
    redirect_number: None | str | Unset = UNSET
    deleted: bool | Unset = UNSET
    is_sms_enabled: bool | Unset = UNSET
    is_sms_supported: bool | Unset = UNSET
    allowed_callerids: bool | Unset = UNSET
    campaigns: list[PhoneNumberCampaignType] | Unset = UNSET
    scenario: list[PhoneNumberScenarioType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        domain_id = self.domain_id

        auto_charge = self.auto_charge

        can_be_used = self.can_be_used

        category_name = self.category_name

        phone_country_code = self.phone_country_code

        phone_purchase_date = self.phone_purchase_date

        required_verification = self.required_verification

        verification_status: None | str | Unset
        if isinstance(self.verification_status, Unset):
            verification_status = UNSET
        else:
            verification_status = self.verification_status

        deactivated = self.deactivated

        unverified_hold_until: None | str | Unset
        if isinstance(self.unverified_hold_until, Unset):
            unverified_hold_until = UNSET
        else:
            unverified_hold_until = self.unverified_hold_until

        canceled: None | str | Unset
        if isinstance(self.canceled, Unset):
            canceled = UNSET
        else:
            canceled = self.canceled

        phone_next_renewal = self.phone_next_renewal

        phone_price = self.phone_price

        phone_region_id = self.phone_region_id

        redirect_number: None | str | Unset
        if isinstance(self.redirect_number, Unset):
            redirect_number = UNSET
        else:
            redirect_number = self.redirect_number

        deleted = self.deleted

        is_sms_enabled = self.is_sms_enabled

        is_sms_supported = self.is_sms_supported

        allowed_callerids = self.allowed_callerids

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        scenario: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenario, Unset):
            scenario = []
            for scenario_item_data in self.scenario:
                scenario_item = scenario_item_data.to_dict()
                scenario.append(scenario_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number": phone_number,
            }
        )
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if auto_charge is not UNSET:
            field_dict["auto_charge"] = auto_charge
        if can_be_used is not UNSET:
            field_dict["can_be_used"] = can_be_used
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if phone_country_code is not UNSET:
            field_dict["phone_country_code"] = phone_country_code
        if phone_purchase_date is not UNSET:
            field_dict["phone_purchase_date"] = phone_purchase_date
        if required_verification is not UNSET:
            field_dict["required_verification"] = required_verification
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if deactivated is not UNSET:
            field_dict["deactivated"] = deactivated
        if unverified_hold_until is not UNSET:
            field_dict["unverified_hold_until"] = unverified_hold_until
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if phone_next_renewal is not UNSET:
            field_dict["phone_next_renewal"] = phone_next_renewal
        if phone_price is not UNSET:
            field_dict["phone_price"] = phone_price
        if phone_region_id is not UNSET:
            field_dict["phone_region_id"] = phone_region_id
        if redirect_number is not UNSET:
            field_dict["redirect_number"] = redirect_number
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if is_sms_enabled is not UNSET:
            field_dict["is_sms_enabled"] = is_sms_enabled
        if is_sms_supported is not UNSET:
            field_dict["is_sms_supported"] = is_sms_supported
        if allowed_callerids is not UNSET:
            field_dict["allowed_callerids"] = allowed_callerids
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if scenario is not UNSET:
            field_dict["scenario"] = scenario

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_campaign_type import PhoneNumberCampaignType  # noqa: PLC0415
        from ..models.phone_number_scenario_type import PhoneNumberScenarioType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        phone_number = d.pop("phone_number")

        domain_id = d.pop("domain_id", UNSET)

        auto_charge = d.pop("auto_charge", UNSET)

        can_be_used = d.pop("can_be_used", UNSET)

        category_name = d.pop("category_name", UNSET)

        phone_country_code = d.pop("phone_country_code", UNSET)

        phone_purchase_date = d.pop("phone_purchase_date", UNSET)

        required_verification = d.pop("required_verification", UNSET)

        def _parse_verification_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_status = _parse_verification_status(d.pop("verification_status", UNSET))

        deactivated = d.pop("deactivated", UNSET)

        def _parse_unverified_hold_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unverified_hold_until = _parse_unverified_hold_until(d.pop("unverified_hold_until", UNSET))

        def _parse_canceled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        canceled = _parse_canceled(d.pop("canceled", UNSET))

        phone_next_renewal = d.pop("phone_next_renewal", UNSET)

        phone_price = d.pop("phone_price", UNSET)

        phone_region_id = d.pop("phone_region_id", UNSET)

        def _parse_redirect_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_number = _parse_redirect_number(d.pop("redirect_number", UNSET))

        deleted = d.pop("deleted", UNSET)

        is_sms_enabled = d.pop("is_sms_enabled", UNSET)

        is_sms_supported = d.pop("is_sms_supported", UNSET)

        allowed_callerids = d.pop("allowed_callerids", UNSET)

        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[PhoneNumberCampaignType] | Unset = UNSET
        if _campaigns is not UNSET:
            campaigns = []
            for campaigns_item_data in _campaigns:
                campaigns_item = PhoneNumberCampaignType.from_dict(campaigns_item_data)

                campaigns.append(campaigns_item)

        _scenario = d.pop("scenario", UNSET)
        scenario: list[PhoneNumberScenarioType] | Unset = UNSET
        if _scenario is not UNSET:
            scenario = []
            for scenario_item_data in _scenario:
                scenario_item = PhoneNumberScenarioType.from_dict(scenario_item_data)

                scenario.append(scenario_item)

        phone_number_type = cls(
            id=id,
            phone_number=phone_number,
            domain_id=domain_id,
            auto_charge=auto_charge,
            can_be_used=can_be_used,
            category_name=category_name,
            phone_country_code=phone_country_code,
            phone_purchase_date=phone_purchase_date,
            required_verification=required_verification,
            verification_status=verification_status,
            deactivated=deactivated,
            unverified_hold_until=unverified_hold_until,
            canceled=canceled,
            phone_next_renewal=phone_next_renewal,
            phone_price=phone_price,
            phone_region_id=phone_region_id,
            redirect_number=redirect_number,
            deleted=deleted,
            is_sms_enabled=is_sms_enabled,
            is_sms_supported=is_sms_supported,
            allowed_callerids=allowed_callerids,
            campaigns=campaigns,
            scenario=scenario,
        )

        phone_number_type.additional_properties = d
        return phone_number_type

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
