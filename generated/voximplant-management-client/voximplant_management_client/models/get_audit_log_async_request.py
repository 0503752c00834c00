from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_audit_log_async_request_output import (
    GetAuditLogAsyncRequestOutput,
    check_get_audit_log_async_request_output,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAuditLogAsyncRequest")


@_attrs_define
class GetAuditLogAsyncRequest:
    """
    Attributes:
        advanced_filters (str | Unset): Text the entry's affected objects contain
        audit_log_id (str | Unset): The entry ID list separated by semicolons (;)
        count (int | Unset): The max returning record count
        desc_order (bool | Unset): Whether to list the newest entries first
        filtered_admin_user_id (str | Unset): The admin user ID list separated by semicolons (;); 0 is the account
            itself
        filtered_cmd (str | Unset): The method name list separated by semicolons (;)
        filtered_ip (str | Unset): The IP address list separated by semicolons (;)
        from_date (str | Unset): The start of the period (UTC, 'YYYY-MM-DD HH:mm:ss')
        offset (int | Unset): The first N records are skipped in the output
        output (GetAuditLogAsyncRequestOutput | Unset): The report format
        to_date (str | Unset): The end of the period (UTC, 'YYYY-MM-DD HH:mm:ss')
        with_header (bool | Unset): Whether the CSV file has a header row
    """

    advanced_filters: str | Unset = UNSET
    audit_log_id: str | Unset = UNSET
    count: int | Unset = UNSET
    desc_order: bool | Unset = UNSET
    filtered_admin_user_id: str | Unset = UNSET
    filtered_cmd: str | Unset = UNSET
    filtered_ip: str | Unset = UNSET
    from_date: str | Unset = UNSET
    offset: int | Unset = UNSET
    output: GetAuditLogAsyncRequestOutput | Unset = UNSET
    to_date: str | Unset = UNSET
    with_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_filters = self.advanced_filters

        audit_log_id = self.audit_log_id

        count = self.count

        desc_order = self.desc_order

        filtered_admin_user_id = self.filtered_admin_user_id

        filtered_cmd = self.filtered_cmd

        filtered_ip = self.filtered_ip

        from_date = self.from_date

        offset = self.offset

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        to_date = self.to_date

        with_header = self.with_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advanced_filters is not UNSET:
            field_dict["advanced_filters"] = advanced_filters
        if audit_log_id is not UNSET:
            field_dict["audit_log_id"] = audit_log_id
        if count is not UNSET:
            field_dict["count"] = count
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
        if offset is not UNSET:
            field_dict["offset"] = offset
        if output is not UNSET:
            field_dict["output"] = output
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if with_header is not UNSET:
            field_dict["with_header"] = with_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advanced_filters = d.pop("advanced_filters", UNSET)

        audit_log_id = d.pop("audit_log_id", UNSET)

        count = d.pop("count", UNSET)

        desc_order = d.pop("desc_order", UNSET)

        filtered_admin_user_id = d.pop("filtered_admin_user_id", UNSET)

        filtered_cmd = d.pop("filtered_cmd", UNSET)

        filtered_ip = d.pop("filtered_ip", UNSET)

        from_date = d.pop("from_date", UNSET)

        offset = d.pop("offset", UNSET)

        _output = d.pop("output", UNSET)
        output: GetAuditLogAsyncRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_get_audit_log_async_request_output(_output)

        to_date = d.pop("to_date", UNSET)

        with_header = d.pop("with_header", UNSET)

        get_audit_log_async_request = cls(
            advanced_filters=advanced_filters,
            audit_log_id=audit_log_id,
            count=count,
            desc_order=desc_order,
            filtered_admin_user_id=filtered_admin_user_id,
            filtered_cmd=filtered_cmd,
            filtered_ip=filtered_ip,
            from_date=from_date,
            offset=offset,
            output=output,
            to_date=to_date,
            with_header=with_header,
        )

        get_audit_log_async_request.additional_properties = d
        return get_audit_log_async_request

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
