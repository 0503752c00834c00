from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeAccountPlanRequest")


@_attrs_define
class ChangeAccountPlanRequest:
    """
    Attributes:
        plan_subscription_template_id (int): The plan template id (see GetAvailablePlans)
        plan_type (str | Unset): The plan type: IM, MAU
    """

    plan_subscription_template_id: int
    plan_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_subscription_template_id = self.plan_subscription_template_id

        plan_type = self.plan_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_subscription_template_id": plan_subscription_template_id,
            }
        )
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_subscription_template_id = d.pop("plan_subscription_template_id")

        plan_type = d.pop("plan_type", UNSET)

        change_account_plan_request = cls(
            plan_subscription_template_id=plan_subscription_template_id,
            plan_type=plan_type,
        )

        change_account_plan_request.additional_properties = d
        return change_account_plan_request

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
