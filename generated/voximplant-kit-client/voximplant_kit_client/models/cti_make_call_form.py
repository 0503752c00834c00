from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CtiMakeCallForm")


@_attrs_define
class CtiMakeCallForm:
    """makeCall parameters.

    Attributes:
        number (str): Destination number.
        user_id (int): Agent on whose behalf the call is made.
        callerid (str | Unset): Number to show.
        variables (str | Unset): Call variables. JSON text of an object.
    """

    number: str
    user_id: int
    callerid: str | Unset = UNSET
    variables: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        user_id = self.user_id

        callerid = self.callerid

        variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "user_id": user_id,
            }
        )
        if callerid is not UNSET:
            field_dict["callerid"] = callerid
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        user_id = d.pop("user_id")

        callerid = d.pop("callerid", UNSET)

        variables = d.pop("variables", UNSET)

        cti_make_call_form = cls(
            number=number,
            user_id=user_id,
            callerid=callerid,
            variables=variables,
        )

        cti_make_call_form.additional_properties = d
        return cti_make_call_form

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
