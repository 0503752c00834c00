from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_plan_package import AccountPlanPackage


T = TypeVar("T", bound="AccountPlan")


@_attrs_define
class AccountPlan:
    """
    Attributes:
        next_charge (str): The date of the next charge, YYYY-MM-DD
        packages (list[AccountPlanPackage]): The packages of the plan and what is left of them
        periodic_charge (float): The monthly charge
        plan_name (str): The plan name
        plan_subscription_template_id (int): The plan's subscription template id
        plan_type (str): The plan type: IM, MAU
    """

    next_charge: str
    packages: list[AccountPlanPackage]
    periodic_charge: float
    plan_name: str
    plan_subscription_template_id: int
    plan_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_charge = self.next_charge

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        periodic_charge = self.periodic_charge

        plan_name = self.plan_name

        plan_subscription_template_id = self.plan_subscription_template_id

        plan_type = self.plan_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_charge": next_charge,
                "packages": packages,
                "periodic_charge": periodic_charge,
                "plan_name": plan_name,
                "plan_subscription_template_id": plan_subscription_template_id,
                "plan_type": plan_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_plan_package import AccountPlanPackage  # noqa: PLC0415

        d = dict(src_dict)
        next_charge = d.pop("next_charge")

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = AccountPlanPackage.from_dict(packages_item_data)

            packages.append(packages_item)

        periodic_charge = d.pop("periodic_charge")

        plan_name = d.pop("plan_name")

        plan_subscription_template_id = d.pop("plan_subscription_template_id")

        plan_type = d.pop("plan_type")

        account_plan = cls(
            next_charge=next_charge,
            packages=packages,
            periodic_charge=periodic_charge,
            plan_name=plan_name,
            plan_subscription_template_id=plan_subscription_template_id,
            plan_type=plan_type,
        )

        account_plan.additional_properties = d
        return account_plan

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
