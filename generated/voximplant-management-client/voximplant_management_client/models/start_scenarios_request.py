from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartScenariosRequest")


@_attrs_define
class StartScenariosRequest:
    """
    Attributes:
        application_id (int | Unset): The application ID. Can be used instead of application_name
        application_name (str | Unset): The application name. Can be used instead of application_id
        reference_ip (str | Unset): The IP address of the server location to choose
        rule_id (int | Unset): The rule whose scenarios run. Can be used instead of rule_name
        rule_name (str | Unset): The rule name within the application. Can be used instead of rule_id
        script_custom_data (str | Unset): Custom data passed to the scenario (VoxEngine.customData())
        server_location (str | Unset): The server location to run the session in
        user_id (int | Unset): The user to authorize the session as. Can be used instead of user_name
        user_name (str | Unset): The user name. Can be used instead of user_id
    """

    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    reference_ip: str | Unset = UNSET
    rule_id: int | Unset = UNSET
    rule_name: str | Unset = UNSET
    script_custom_data: str | Unset = UNSET
    server_location: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        reference_ip = self.reference_ip

        rule_id = self.rule_id

        rule_name = self.rule_name

        script_custom_data = self.script_custom_data

        server_location = self.server_location

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if reference_ip is not UNSET:
            field_dict["reference_ip"] = reference_ip
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if script_custom_data is not UNSET:
            field_dict["script_custom_data"] = script_custom_data
        if server_location is not UNSET:
            field_dict["server_location"] = server_location
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

        reference_ip = d.pop("reference_ip", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        script_custom_data = d.pop("script_custom_data", UNSET)

        server_location = d.pop("server_location", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        start_scenarios_request = cls(
            application_id=application_id,
            application_name=application_name,
            reference_ip=reference_ip,
            rule_id=rule_id,
            rule_name=rule_name,
            script_custom_data=script_custom_data,
            server_location=server_location,
            user_id=user_id,
            user_name=user_name,
        )

        start_scenarios_request.additional_properties = d
        return start_scenarios_request

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
