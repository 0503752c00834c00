from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPstnBlackListRequest")


@_attrs_define
class GetPstnBlackListRequest:
    """
    Attributes:
        count (int | Unset): The max returning record count
        offset (int | Unset): The first N records are skipped in the output
        pstn_blacklist_id (int | Unset): The PSTN black list item ID for filter
        pstn_blacklist_phone (str | Unset): The phone number in format e164 for filter
    """

    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    pstn_blacklist_id: int | Unset = UNSET
    pstn_blacklist_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        offset = self.offset

        pstn_blacklist_id = self.pstn_blacklist_id

        pstn_blacklist_phone = self.pstn_blacklist_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if pstn_blacklist_id is not UNSET:
            field_dict["pstn_blacklist_id"] = pstn_blacklist_id
        if pstn_blacklist_phone is not UNSET:
            field_dict["pstn_blacklist_phone"] = pstn_blacklist_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        pstn_blacklist_id = d.pop("pstn_blacklist_id", UNSET)

        pstn_blacklist_phone = d.pop("pstn_blacklist_phone", UNSET)

        get_pstn_black_list_request = cls(
            count=count,
            offset=offset,
            pstn_blacklist_id=pstn_blacklist_id,
            pstn_blacklist_phone=pstn_blacklist_phone,
        )

        get_pstn_black_list_request.additional_properties = d
        return get_pstn_black_list_request

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
