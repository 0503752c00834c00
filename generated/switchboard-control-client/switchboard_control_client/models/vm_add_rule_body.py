from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmAddRuleBody")


@_attrs_define
class VmAddRuleBody:
    """
    Attributes:
        application_id (int):
        rule_name (str):
        rule_pattern (str | Unset): A regular expression the dialled number matches; default `.*`.
    """

    application_id: int
    rule_name: str
    rule_pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        rule_name = self.rule_name

        rule_pattern = self.rule_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "rule_name": rule_name,
            }
        )
        if rule_pattern is not UNSET:
            field_dict["rule_pattern"] = rule_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        rule_name = d.pop("rule_name")

        rule_pattern = d.pop("rule_pattern", UNSET)

        vm_add_rule_body = cls(
            application_id=application_id,
            rule_name=rule_name,
            rule_pattern=rule_pattern,
        )

        vm_add_rule_body.additional_properties = d
        return vm_add_rule_body

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
