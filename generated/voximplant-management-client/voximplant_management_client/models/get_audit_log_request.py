from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAuditLogRequest")


@_attrs_define
class GetAuditLogRequest:
    """
    Attributes:
        advanced_filters (str | Unset): Text the entry's affected objects contain
        audit_log_id (str | Unset): The entry ID list separated by semicolons (;)
        count (int | Unset): The max returning record count
        decimal_separator (str | Unset): The decimal separator of the CSV file
        desc_order (bool | Unset): Whether to list the newest entries first
        filtered_admin_user_id (str | Unset): The admin user ID list separated by semicolons (;); 0 is the account
            itself
        filtered_cmd (str | Unset): The method name list separated by semicolons (;)
        filtered_ip (str | Unset): The IP address list separated by semicolons (;)
        from_date (str | Unset): The start of the period (UTC, 'YYYY-MM-DD HH:mm:ss')
        is_async (bool | Unset): Whether to make a history report instead (as GetAuditLogAsync)
        offset (int | Unset): The first N records are skipped in the output
        to_date (str | Unset): The end of the period (UTC, 'YYYY-MM-DD HH:mm:ss')
        with_header (bool | Unset): Whether the CSV file has a header row
        with_total_count (bool | Unset): Whether to count every entry found
    """

    advanced_filters: str | Unset = UNSET
    audit_log_id: str | Unset = UNSET
    count: int | Unset = UNSET
    decimal_separator: str | Unset = UNSET
    desc_order: bool | Unset = UNSET
    filtered_admin_user_id: str | Unset = UNSET
    filtered_cmd: str | Unset = UNSET
    filtered_ip: str | Unset = UNSET
    from_date: str | Unset = UNSET
    is_async: bool | Unset = UNSET
    offset: int | Unset = UNSET
    to_date: str | Unset = UNSET
    with_header: bool | Unset = UNSET
    with_total_count: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_filters = self.advanced_filters

        audit_log_id = self.audit_log_id

        count = self.count

        decimal_separator = self.decimal_separator

        desc_order = self.desc_order

        filtered_admin_user_id = self.filtered_admin_user_id

        filtered_cmd = self.filtered_cmd

        filtered_ip = self.filtered_ip

        from_date = self.from_date

        is_async = self.is_async

        offset = self.offset

        to_date = self.to_date

        with_header = self.with_header

        with_total_count = self.with_total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advanced_filters is not UNSET:
            field_dict["advanced_filters"] = advanced_filters
        if audit_log_id is not UNSET:
            field_dict["audit_log_id"] = audit_log_id
        if count is not UNSET:
            field_dict["count"] = count
        if decimal_separator is not UNSET:
            field_dict["decimal_separator"] = decimal_separator
        if desc_order is not UNSET:
            field_dict["desc_order"] = desc_order
        if filtered_admin_user_id is not UNSET:
            field_dict["filtered_admin_user_id"] = filtered_admin_user_id
        if filtered_cmd is not UNSET:
            field_dict["filtered_cmd"] = filtered_cmd
        if filtered_ip is not UNSET:
            field_dict["filtered_ip"] = filtered_ip
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if is_async is not UNSET:
            field_dict["is_async"] = is_async
        if offset is not UNSET:
            field_dict["offset"] = offset
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if with_header is not UNSET:
            field_dict["with_header"] = with_header
        if with_total_count is not UNSET:
            field_dict["with_total_count"] = with_total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advanced_filters = d.pop("advanced_filters", UNSET)

        audit_log_id = d.pop("audit_log_id", UNSET)

        count = d.pop("count", UNSET)

        decimal_separator = d.pop("decimal_separator", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        filtered_admin_user_id = d.pop("filtered_admin_user_id", UNSET)

        filtered_cmd = d.pop("filtered_cmd", UNSET)

        filtered_ip = d.pop("filtered_ip", UNSET)

        from_date = d.pop("from_date", UNSET)

        is_async = d.pop("is_async", UNSET)

        offset = d.pop("offset", UNSET)

        to_date = d.pop("to_date", UNSET)

        with_header = d.pop("with_header", UNSET)

        with_total_count = d.pop("with_total_count", UNSET)

        get_audit_log_request = cls(
            advanced_filters=advanced_filters,
            audit_log_id=audit_log_id,
            count=count,
            decimal_separator=decimal_separator,
            desc_order=desc_order,
            filtered_admin_user_id=filtered_admin_user_id,
            filtered_cmd=filtered_cmd,
            filtered_ip=filtered_ip,
            from_date=from_date,
            is_async=is_async,
            offset=offset,
            to_date=to_date,
            with_header=with_header,
            with_total_count=with_total_count,
        )

        get_audit_log_request.additional_properties = d
        return get_audit_log_request

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
