from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelRuleRequest")


@_attrs_define
class DelRuleRequest:
    """
    Attributes:
        application_id (str | Unset): The application ID list separated by semicolons (;). Can be used instead of
            application_name
        application_name (str | Unset): The application name list separated by semicolons (;). Can be used instead of
            application_id
        rule_id (str | Unset): The rule ID list separated by semicolons (;); `all` for every rule. Can be used instead
            of rule_name
        rule_name (str | Unset): The rule name list separated by semicolons (;). Can be used instead of rule_id
    """

    application_id: str | Unset = UNSET
    application_name: str | Unset = UNSET
    rule_id: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        application_name = self.application_name

        rule_id = self.rule_id

        rule_name = self.rule_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_name is not UNSET:
            field_dict["application_name"] = application_name
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id", UNSET)

        application_name = d.pop("application_name", UNSET)

        rule_id = d.pop("rule_id", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        del_rule_request = cls(
            application_id=application_id,
            application_name=application_name,
            rule_id=rule_id,
            rule_name=rule_name,
        )

        del_rule_request.additional_properties = d
        return del_rule_request

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
