from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetHistoryReportsRequest")


@_attrs_define
class GetHistoryReportsRequest:
    """
    Attributes:
        application_id (str | Unset): The application ID list separated by semicolons (;)
        application_name (str | Unset): The application name list separated by semicolons (;)
        count (int | Unset): The max returning record count
        created_from (str | Unset): Reports made from (UTC, 'YYYY-MM-DD HH:mm:ss')
        created_to (str | Unset): Reports made until (UTC, 'YYYY-MM-DD HH:mm:ss')
        desc_order (bool | Unset): Whether to list the newest reports first
        history_report_id (int | Unset): The report ID to filter
        history_type (str | Unset): The report type list separated by semicolons (;): calls, brief_calls, transactions,
            audit, ...
        is_completed (bool | Unset): Whether to list completed (true) or running (false) reports
        offset (int | Unset): The first N records are skipped in the output
    """

    application_id: str | Unset = UNSET
    application_name: str | Unset = UNSET
    count: int | Unset = UNSET
    created_from: str | Unset = UNSET
    created_to: str | Unset = UNSET
    desc_order: bool | Unset = UNSET
    history_report_id: int | Unset = UNSET
    history_type: str | Unset = UNSET
    is_completed: bool | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        count = self.count

        created_from = self.created_from

        created_to = self.created_to

        desc_order = self.desc_order

        history_report_id = self.history_report_id

        history_type = self.history_type

        is_completed = self.is_completed

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if count is not UNSET:
            field_dict["count"] = count
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if created_to is not UNSET:
            field_dict["created_to"] = created_to
        if desc_order is not UNSET:
            field_dict["desc_order"] = desc_order
        if history_report_id is not UNSET:
            field_dict["history_report_id"] = history_report_id
        if history_type is not UNSET:
            field_dict["history_type"] = history_type
        if is_completed is not UNSET:
            field_dict["is_completed"] = is_completed
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        count = d.pop("count", UNSET)

        created_from = d.pop("created_from", UNSET)

        created_to = d.pop("created_to", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        history_report_id = d.pop("history_report_id", UNSET)

        history_type = d.pop("history_type", UNSET)

        is_completed = d.pop("is_completed", UNSET)

        offset = d.pop("offset", UNSET)

        get_history_reports_request = cls(
            application_id=application_id,
            application_name=application_name,
            count=count,
            created_from=created_from,
            created_to=created_to,
            desc_order=desc_order,
            history_report_id=history_report_id,
            history_type=history_type,
            is_completed=is_completed,
            offset=offset,
        )

        get_history_reports_request.additional_properties = d
        return get_history_reports_request

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
