from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSipRegistrationsRequest")


@_attrs_define
class GetSipRegistrationsRequest:
    """
    Attributes:
        application_id (str | Unset): The application ID list separated by semicolons (;) to filter. Can be used instead
            of application_name
        application_name (str | Unset): The application name list separated by semicolons (;) to filter. Can be used
            instead of application_id
        count (int | Unset): The max returning record count
        deactivated (bool | Unset): Whether to show the frozen SIP registrations only
        in_progress (bool | Unset): Whether SIP registration is still in progress
        is_bound_to_application (bool | Unset): Whether SIP registration bound to an application
        is_persistent (bool | Unset): Whether the SIP registration is persistent to filter
        offset (int | Unset): The first N records are skipped in the output
        proxy (str | Unset): The list of proxy servers to use, divided by semicolon (;)
        rule_id (str | Unset): The rule ID list separated by semicolons (;) to filter. Can be used instead of rule_name
        rule_name (str | Unset): The rule name list separated by semicolons (;) to filter. Can be used instead of
            rule_id
        sip_registration_id (int | Unset): The SIP registration ID
        sip_username (str | Unset): The SIP user name to filter
        status_code (str | Unset): The list of SIP response codes. The code1:code2 means a range from code1 to code2
            including; the code1;code2 meanse either code1 or code2. You can combine ranges, e.g., code1;code2:code3
        successful (bool | Unset): Whether to show the successful SIP registrations only
        user_id (str | Unset): The user ID list separated by semicolons (;) to filter. Can be used instead of user_name
        user_name (str | Unset):
    """

    application_id: str | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    deactivated: bool | Unset = UNSET
    in_progress: bool | Unset = UNSET
    is_bound_to_application: bool | Unset = UNSET
    is_persistent: bool | Unset = UNSET
    offset: int | Unset = UNSET
    proxy: str | Unset = UNSET
    rule_id: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    sip_registration_id: int | Unset = UNSET
    sip_username: str | Unset = UNSET
    status_code: str | Unset = UNSET
    successful: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        deactivated = self.deactivated

        in_progress = self.in_progress

        is_bound_to_application = self.is_bound_to_application

        is_persistent = self.is_persistent

        offset = self.offset

        proxy = self.proxy

        rule_id = self.rule_id

        rule_name = self.rule_name

        sip_registration_id = self.sip_registration_id

        sip_username = self.sip_username

        status_code = self.status_code

        successful = self.successful

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if deactivated is not UNSET:
            field_dict["deactivated"] = deactivated
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress
        if is_bound_to_application is not UNSET:
            field_dict["is_bound_to_application"] = is_bound_to_application
        if is_persistent is not UNSET:
            field_dict["is_persistent"] = is_persistent
        if offset is not UNSET:
            field_dict["offset"] = offset
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if sip_registration_id is not UNSET:
            field_dict["sip_registration_id"] = sip_registration_id
        if sip_username is not UNSET:
            field_dict["sip_username"] = sip_username
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
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        deactivated = d.pop("deactivated", UNSET)

        in_progress = d.pop("in_progress", UNSET)

        is_bound_to_application = d.pop("is_bound_to_application", UNSET)

        is_persistent = d.pop("is_persistent", UNSET)

        offset = d.pop("offset", UNSET)

        proxy = d.pop("proxy", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        sip_registration_id = d.pop("sip_registration_id", UNSET)

        sip_username = d.pop("sip_username", UNSET)

        status_code = d.pop("status_code", UNSET)

        successful = d.pop("successful", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        get_sip_registrations_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            deactivated=deactivated,
            in_progress=in_progress,
            is_bound_to_application=is_bound_to_application,
            is_persistent=is_persistent,
            offset=offset,
            proxy=proxy,
            rule_id=rule_id,
            rule_name=rule_name,
            sip_registration_id=sip_registration_id,
            sip_username=sip_username,
            status_code=status_code,
            successful=successful,
            user_id=user_id,
            user_name=user_name,
        )

        get_sip_registrations_request.additional_properties = d
        return get_sip_registrations_request

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
