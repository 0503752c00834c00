from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSubscriptionPriceRequest")


@_attrs_define
class GetSubscriptionPriceRequest:
    """
    Attributes:
        count (int | Unset): The maximum number of records to return
        offset (int | Unset): The number of records to skip
        subscription_template_id (str | Unset): Template ids separated by semicolons (;)
        subscription_template_name (str | Unset): A part of the template name
        subscription_template_type (str | Unset): The template type: PHONE_NUM, PLAN
    """

    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    subscription_template_id: str | Unset = UNSET
    subscription_template_name: str | Unset = UNSET
    subscription_template_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        offset = self.offset

        subscription_template_id = self.subscription_template_id

        subscription_template_name = self.subscription_template_name

        subscription_template_type = self.subscription_template_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if subscription_template_id is not UNSET:
            field_dict["subscription_template_id"] = subscription_template_id
        if subscription_template_name is not UNSET:
            field_dict["subscription_template_name"] = subscription_template_name
        if subscription_template_type is not UNSET:
            field_dict["subscription_template_type"] = subscription_template_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        subscription_template_id = d.pop("subscription_template_id", UNSET)

        subscription_template_name = d.pop("subscription_template_name", UNSET)

        subscription_template_type = d.pop("subscription_template_type", UNSET)

        get_subscription_price_request = cls(
            count=count,
            offset=offset,
            subscription_template_id=subscription_template_id,
            subscription_template_name=subscription_template_name,
            subscription_template_type=subscription_template_type,
        )

        get_subscription_price_request.additional_properties = d
        return get_subscription_price_request

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
