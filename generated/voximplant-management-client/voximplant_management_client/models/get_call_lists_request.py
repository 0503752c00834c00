from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_call_lists_request_type_list import (
    GetCallListsRequestTypeList,
    check_get_call_lists_request_type_list,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCallListsRequest")


@_attrs_define
class GetCallListsRequest:
    """
    Attributes:
        application_id (str | Unset): The application ID to filter. Can be a list separated by semicolons (;). Use the
            ‘all’ value to select all applications
        count (int | Unset): The max returning record count
        from_date (str | Unset): The UTC ‘from’ date filter in 24-h format: YYYY-MM-DD HH:mm:ss
        is_active (bool | Unset): Whether to find only active call lists
        list_id (str | Unset): The list ID to filter. Can be a list separated by semicolons (;). Use the ‘all’ value to
            select all lists
        name (str | Unset): Find call lists by name
        offset (int | Unset): The first N records are skipped in the output
        to_date (str | Unset): The UTC ‘to’ date filter in 24-h format: YYYY-MM-DD HH:mm:ss
        type_list (GetCallListsRequestTypeList | Unset): The type of the call list. The possible values are AUTOMATIC
            and MANUAL
    """

    application_id: str | Unset = UNSET
    count: int | Unset = UNSET
    from_date: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    list_id: str | Unset = UNSET
    name: str | Unset = UNSET
    offset: int | Unset = UNSET
    to_date: str | Unset = UNSET
    type_list: GetCallListsRequestTypeList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        count = self.count

        from_date = self.from_date

        is_active = self.is_active

        list_id = self.list_id

        name = self.name

        offset = self.offset

        to_date = self.to_date

        type_list: str | Unset = UNSET
        if not isinstance(self.type_list, Unset):
            type_list = self.type_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if count is not UNSET:
            field_dict["count"] = count
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if type_list is not UNSET:
            field_dict["type_list"] = type_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        count = d.pop("count", UNSET)

        from_date = d.pop("from_date", UNSET)

        is_active = d.pop("is_active", UNSET)

        list_id = d.pop("list_id", UNSET)

        name = d.pop("name", UNSET)

        offset = d.pop("offset", UNSET)

        to_date = d.pop("to_date", UNSET)

        _type_list = d.pop("type_list", UNSET)
        type_list: GetCallListsRequestTypeList | Unset
        if isinstance(_type_list, Unset):
            type_list = UNSET
        else:
            type_list = check_get_call_lists_request_type_list(_type_list)

        get_call_lists_request = cls(
            application_id=application_id,
            count=count,
            from_date=from_date,
            is_active=is_active,
            list_id=list_id,
            name=name,
            offset=offset,
            to_date=to_date,
            type_list=type_list,
        )

        get_call_lists_request.additional_properties = d
        return get_call_lists_request

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
