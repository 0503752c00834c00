from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountInvoicesRequest")


@_attrs_define
class GetAccountInvoicesRequest:
    """
    Attributes:
        count (int | Unset): Number of invoices to show per page. Default value is 20
        offset (int | Unset): Number of invoices to skip (e.g. if you set count = 20 and offset = 0 the first time, the
            next time, offset has to be equal to 20 to skip the items shown earlier). Default value is 0
        status (str | Unset):
    """

    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        offset = self.offset

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        status = d.pop("status", UNSET)

        get_account_invoices_request = cls(
            count=count,
            offset=offset,
            status=status,
        )

        get_account_invoices_request.additional_properties = d
        return get_account_invoices_request

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
