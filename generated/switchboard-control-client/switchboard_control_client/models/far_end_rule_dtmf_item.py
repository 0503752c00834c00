from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FarEndRuleDtmfItem")


@_attrs_define
class FarEndRuleDtmfItem:
    """
    Attributes:
        at_s (float):
        digits (str):
    """

    at_s: float
    digits: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_s = self.at_s

        digits = self.digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at_s": at_s,
                "digits": digits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at_s = d.pop("at_s")

        digits = d.pop("digits")

        far_end_rule_dtmf_item = cls(
            at_s=at_s,
            digits=digits,
        )

        far_end_rule_dtmf_item.additional_properties = d
        return far_end_rule_dtmf_item

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
