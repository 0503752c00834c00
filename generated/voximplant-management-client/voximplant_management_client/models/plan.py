from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_package import PlanPackage


T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """
    Attributes:
        packages (list[PlanPackage]): The packages the plan includes
        periodic_charge (float): The monthly charge
        plan_name (str): The plan name
        plan_subscription_template_id (int): The plan's subscription template id
        plan_type (str): The plan type: IM, MAU
    """

    packages: list[PlanPackage]
    periodic_charge: float
    plan_name: str
    plan_subscription_template_id: int
    plan_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.plan_package import PlanPackage  # noqa: PLC0415

        d = dict(src_dict)
        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = PlanPackage.from_dict(packages_item_data)

            packages.append(packages_item)

        periodic_charge = d.pop("periodic_charge")

        plan_name = d.pop("plan_name")

        plan_subscription_template_id = d.pop("plan_subscription_template_id")

        plan_type = d.pop("plan_type")

        plan = cls(
            packages=packages,
            periodic_charge=periodic_charge,
            plan_name=plan_name,
            plan_subscription_template_id=plan_subscription_template_id,
            plan_type=plan_type,
        )

        plan.additional_properties = d
        return plan

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
