from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForeachActionParams")


@_attrs_define
class ForeachActionParams:
    """The parameters of the action.

    Attributes:
        iterator (str): The variable holding the array or object.
        value_var (str | Unset): The variable to assign the next value to. Default: '$val'.
        key_var (str | Unset): The variable to assign the next object key or array index to. Default: '$key'.
        index_var (str | Unset): The variable to assign the loop counter to. Default: '$index'.
    """

    iterator: str
    value_var: str | Unset = "$val"
    key_var: str | Unset = "$key"
    index_var: str | Unset = "$index"

    def to_dict(self) -> dict[str, Any]:
        iterator = self.iterator

        value_var = self.value_var

        key_var = self.key_var

        index_var = self.index_var

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "iterator": iterator,
            }
        )
        if value_var is not UNSET:
            field_dict["valueVar"] = value_var
        if key_var is not UNSET:
            field_dict["keyVar"] = key_var
        if index_var is not UNSET:
            field_dict["indexVar"] = index_var

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iterator = d.pop("iterator")

        value_var = d.pop("valueVar", UNSET)

        key_var = d.pop("keyVar", UNSET)

        index_var = d.pop("indexVar", UNSET)

        foreach_action_params = cls(
            iterator=iterator,
            value_var=value_var,
            key_var=key_var,
            index_var=index_var,
        )

        return foreach_action_params
