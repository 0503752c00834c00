from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogInfo")


@_attrs_define
class AuditLogInfo:
    """
    Attributes:
        account_id (int): The account ID
        audit_log_id (int): The entry ID
        cmd (str): The method called
        ip (str): The IP address the request came from
        requested (str): When the change was made (UTC)
        admin_user_id (int | Unset): The admin user who made the change; 0 for the account itself
        affected_objects (str | Unset): The objects changed, as name=id pairs separated by semicolons (;)
    """

    account_id: int
    audit_log_id: int
    cmd: str
    ip: str
    requested: str
    admin_user_id: int | Unset = UNSET
    affected_objects: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        audit_log_id = self.audit_log_id

        cmd = self.cmd

        ip = self.ip

        requested = self.requested

        admin_user_id = self.admin_user_id

        affected_objects = self.affected_objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "audit_log_id": audit_log_id,
                "cmd": cmd,
                "ip": ip,
                "requested": requested,
            }
        )
        if admin_user_id is not UNSET:
            field_dict["admin_user_id"] = admin_user_id
        if affected_objects is not UNSET:
            field_dict["affected_objects"] = affected_objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        audit_log_id = d.pop("audit_log_id")

        cmd = d.pop("cmd")

        ip = d.pop("ip")

        requested = d.pop("requested")

        admin_user_id = d.pop("admin_user_id", UNSET)

        affected_objects = d.pop("affected_objects", UNSET)

        audit_log_info = cls(
            account_id=account_id,
            audit_log_id=audit_log_id,
            cmd=cmd,
            ip=ip,
            requested=requested,
            admin_user_id=admin_user_id,
            affected_objects=affected_objects,
        )

        audit_log_info.additional_properties = d
        return audit_log_info

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
