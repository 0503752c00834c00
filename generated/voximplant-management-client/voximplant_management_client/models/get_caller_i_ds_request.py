from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_caller_i_ds_request_order_by import GetCallerIDsRequestOrderBy, check_get_caller_i_ds_request_order_by
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCallerIDsRequest")


@_attrs_define
class GetCallerIDsRequest:
    """
    Attributes:
        active (bool | Unset): Whether the account is active to filter
        callerid_id (int | Unset): ID of the callerID object to filter
        callerid_number (str | Unset): The phone number to filter
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        order_by (GetCallerIDsRequestOrderBy | Unset): The following values are available: ‘caller_number’ (ascent
            order), ‘verified_until’ (ascent order)
    """

    active: bool | Unset = UNSET
    callerid_id: int | Unset = UNSET
    callerid_number: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    order_by: GetCallerIDsRequestOrderBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        callerid_id = self.callerid_id

        callerid_number = self.callerid_number

        count = self.count

        offset = self.offset

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if callerid_id is not UNSET:
            field_dict["callerid_id"] = callerid_id
        if callerid_number is not UNSET:
            field_dict["callerid_number"] = callerid_number
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_by is not UNSET:
            field_dict["order_by"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        callerid_id = d.pop("callerid_id", UNSET)

        callerid_number = d.pop("callerid_number", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        _order_by = d.pop("order_by", UNSET)
        order_by: GetCallerIDsRequestOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = check_get_caller_i_ds_request_order_by(_order_by)

        get_caller_i_ds_request = cls(
            active=active,
            callerid_id=callerid_id,
            callerid_number=callerid_number,
            count=count,
            offset=offset,
            order_by=order_by,
        )

        get_caller_i_ds_request.additional_properties = d
        return get_caller_i_ds_request

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
