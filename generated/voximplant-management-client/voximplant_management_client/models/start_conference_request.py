from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartConferenceRequest")


@_attrs_define
class StartConferenceRequest:
    """
    Attributes:
        conference_name (str): The conference name. The name length must be less than 50 symbols
        rule_id (int): The rule ID that needs to be launched. Please note, the necessary scenario needs to be attached
            to the rule
        application_id (int | Unset): The application ID
        application_name (str | Unset): The application name that can be used instead of application_id
        reference_ip (str | Unset): Specifies the IP from the geolocation of predicted subscribers. It allows selecting
            the nearest server for serving subscribers
        script_custom_data (str | Unset): The script custom data, that can be accessed in the scenario via the
            VoxEngine.customData() method. Use the application/x-www-form-urlencoded content type with UTF-8 encoding.
        server_location (str | Unset): Specifies the location of the server where the scenario needs to be executed. Has
            higher priority than reference_ip. Request getServerLocations(https://api.voximplant.com/getServerLocations) for
            possible values
        user_id (int | Unset): The user ID. Run the scripts from the user if set
        user_name (str | Unset): The user name that can be used instead of user_id. Run the scripts from the user if set
    """

    conference_name: str
    rule_id: int
    application_id: int | Unset = UNSET
    application_name: str | Unset = UNSET
    reference_ip: str | Unset = UNSET
    script_custom_data: str | Unset = UNSET
    server_location: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conference_name = self.conference_name

        rule_id = self.rule_id

        application_id = self.application_id

        application_name = self.application_name

        reference_ip = self.reference_ip

        script_custom_data = self.script_custom_data

        server_location = self.server_location

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_name": conference_name,
                "rule_id": rule_id,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if reference_ip is not UNSET:
            field_dict["reference_ip"] = reference_ip
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
        conference_name = d.pop("conference_name")

        rule_id = d.pop("rule_id")

        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        reference_ip = d.pop("reference_ip", UNSET)

        script_custom_data = d.pop("script_custom_data", UNSET)

        server_location = d.pop("server_location", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        start_conference_request = cls(
            conference_name=conference_name,
            rule_id=rule_id,
            application_id=application_id,
            application_name=application_name,
            reference_ip=reference_ip,
            script_custom_data=script_custom_data,
            server_location=server_location,
            user_id=user_id,
            user_name=user_name,
        )

        start_conference_request.additional_properties = d
        return start_conference_request

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
