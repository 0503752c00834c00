from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountPlansRequest")


@_attrs_define
class GetAccountPlansRequest:
    """
    Attributes:
        plan_subscription_template_id (str | Unset): Plan template ids separated by semicolons (;)
        plan_type (str | Unset): Plan types separated by semicolons (;): IM, MAU
    """

    plan_subscription_template_id: str | Unset = UNSET
    plan_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_subscription_template_id = self.plan_subscription_template_id

        plan_type = self.plan_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_subscription_template_id is not UNSET:
            field_dict["plan_subscription_template_id"] = plan_subscription_template_id
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_subscription_template_id = d.pop("plan_subscription_template_id", UNSET)

        plan_type = d.pop("plan_type", UNSET)

        get_account_plans_request = cls(
            plan_subscription_template_id=plan_subscription_template_id,
            plan_type=plan_type,
        )

        get_account_plans_request.additional_properties = d
        return get_account_plans_request

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
