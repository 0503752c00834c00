from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPhoneNumberReportsRequest")


@_attrs_define
class GetPhoneNumberReportsRequest:
    """
    Attributes:
        count (int | Unset): The maximum number of records to return
        created_from (str | Unset): Reports requested at or after, UTC, YYYY-MM-DD HH:mm:ss
        created_to (str | Unset): Reports requested at or before, UTC, YYYY-MM-DD HH:mm:ss
        desc_order (bool | Unset): Whether to list the newest first
        is_completed (bool | Unset): Whether the reports are completed
        offset (int | Unset): The number of records to skip
        report_id (int | Unset): The report id
        report_type (str | Unset): Report types separated by semicolons (;)
    """

    count: int | Unset = UNSET
    created_from: str | Unset = UNSET
    created_to: str | Unset = UNSET
    desc_order: bool | Unset = UNSET
    is_completed: bool | Unset = UNSET
    offset: int | Unset = UNSET
    report_id: int | Unset = UNSET
    report_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        created_from = self.created_from

        created_to = self.created_to

        desc_order = self.desc_order

        is_completed = self.is_completed

        offset = self.offset

        report_id = self.report_id

        report_type = self.report_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if created_to is not UNSET:
            field_dict["created_to"] = created_to
        if desc_order is not UNSET:
            field_dict["desc_order"] = desc_order
        if is_completed is not UNSET:
            field_dict["is_completed"] = is_completed
        if offset is not UNSET:
            field_dict["offset"] = offset
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if report_type is not UNSET:
            field_dict["report_type"] = report_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        created_from = d.pop("created_from", UNSET)

        created_to = d.pop("created_to", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        is_completed = d.pop("is_completed", UNSET)

        offset = d.pop("offset", UNSET)

        report_id = d.pop("report_id", UNSET)

        report_type = d.pop("report_type", UNSET)

        get_phone_number_reports_request = cls(
            count=count,
            created_from=created_from,
            created_to=created_to,
            desc_order=desc_order,
            is_completed=is_completed,
            offset=offset,
            report_id=report_id,
            report_type=report_type,
        )

        get_phone_number_reports_request.additional_properties = d
        return get_phone_number_reports_request

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
