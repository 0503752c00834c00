from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_call_list_request_task_priority_strategy import (
    CreateCallListRequestTaskPriorityStrategy,
    check_create_call_list_request_task_priority_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCallListRequest")


@_attrs_define
class CreateCallListRequest:
    """
    Attributes:
        file_content (str): Send as the “body” part of the HTTP request or as multiform. The sending “file_content” via
            URL is at its own risk because the network devices tend to drop HTTP requests with large headers
        max_simultaneous (int): Number of simultaneously processed tasks
        name (str): File name, up to 255 characters and cannot contain the ’/’ and ” symbols
        num_attempts (int): Number of attempts. Minimum is 1, maximum is 5
        priority (int): Call list priority. The value is in the range of [0 … 2^31] where zero is the highest priority
        rule_id (int): Rule ID. It is specified in the Applications(//manage.voximplant.com/applications) section of the
            Control Panel
        delimiter (str | Unset): Separator values. The default value is ’;’
        encoding (str | Unset): Encoding file. The default value is UTF-8
        escape (str | Unset): Escape character for parsing csv
        interval_seconds (int | Unset): Interval between call attempts in seconds. The default value is 0
        reference_ip (str | Unset): IP from the geolocation of the call list subscribers. It allows selecting the
            nearest server for serving subscribers
        server_location (str | Unset): Location of the server where the scenario needs to be executed. Has higher
            priority than reference_ip. Request getServerLocations(https://api.voximplant.com/getServerLocations) for
            possible values
        task_priority_strategy (CreateCallListRequestTaskPriorityStrategy | Unset): Optional. Whether to prioritize
            first calling attempts or repeated ones. The possible values are: first_attempts, repeated_attempts. The default
            values is first_attempts.
    """

    file_content: str
    max_simultaneous: int
    name: str
    num_attempts: int
    priority: int
    rule_id: int
    delimiter: str | Unset = UNSET
    encoding: str | Unset = UNSET
    escape: str | Unset = UNSET
    interval_seconds: int | Unset = UNSET
    reference_ip: str | Unset = UNSET
    server_location: str | Unset = UNSET
    task_priority_strategy: CreateCallListRequestTaskPriorityStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_content = self.file_content

        max_simultaneous = self.max_simultaneous

        name = self.name

        num_attempts = self.num_attempts

        priority = self.priority

        rule_id = self.rule_id

        delimiter = self.delimiter

        encoding = self.encoding

        escape = self.escape

        interval_seconds = self.interval_seconds

        reference_ip = self.reference_ip

        server_location = self.server_location

        task_priority_strategy: str | Unset = UNSET
        if not isinstance(self.task_priority_strategy, Unset):
            task_priority_strategy = self.task_priority_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_content": file_content,
                "max_simultaneous": max_simultaneous,
                "name": name,
                "num_attempts": num_attempts,
                "priority": priority,
                "rule_id": rule_id,
            }
        )
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if escape is not UNSET:
            field_dict["escape"] = escape
        if interval_seconds is not UNSET:
            field_dict["interval_seconds"] = interval_seconds
        if reference_ip is not UNSET:
            field_dict["reference_ip"] = reference_ip
        if server_location is not UNSET:
            field_dict["server_location"] = server_location
        if task_priority_strategy is not UNSET:
            field_dict["task_priority_strategy"] = task_priority_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_content = d.pop("file_content")

        max_simultaneous = d.pop("max_simultaneous")

        name = d.pop("name")

        num_attempts = d.pop("num_attempts")

        priority = d.pop("priority")

        rule_id = d.pop("rule_id")

        delimiter = d.pop("delimiter", UNSET)

        encoding = d.pop("encoding", UNSET)

        escape = d.pop("escape", UNSET)

        interval_seconds = d.pop("interval_seconds", UNSET)

        reference_ip = d.pop("reference_ip", UNSET)

        server_location = d.pop("server_location", UNSET)

        _task_priority_strategy = d.pop("task_priority_strategy", UNSET)
        task_priority_strategy: CreateCallListRequestTaskPriorityStrategy | Unset
        if isinstance(_task_priority_strategy, Unset):
            task_priority_strategy = UNSET
        else:
            task_priority_strategy = check_create_call_list_request_task_priority_strategy(_task_priority_strategy)

        create_call_list_request = cls(
            file_content=file_content,
            max_simultaneous=max_simultaneous,
            name=name,
            num_attempts=num_attempts,
            priority=priority,
            rule_id=rule_id,
            delimiter=delimiter,
            encoding=encoding,
            escape=escape,
            interval_seconds=interval_seconds,
            reference_ip=reference_ip,
            server_location=server_location,
            task_priority_strategy=task_priority_strategy,
        )

        create_call_list_request.additional_properties = d
        return create_call_list_request

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
