from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Every non-2xx response of the REST API.

    Attributes:
        ref_id (str): A unique identifier for the error.
        status (int): The HTTP status code of the error.
        code (int): A more detailed error code, often prefixed with the status code (e.g. 401005).
        message (str): A human readable message about the error.
        help_ (str | Unset): Any information that may help resolve this error.
        user_message (str | Unset): A diplomatic message that can be shown to the end user.
    """

    ref_id: str
    status: int
    code: int
    message: str
    help_: str | Unset = UNSET
    user_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_id = self.ref_id

        status = self.status

        code = self.code

        message = self.message

        help_ = self.help_

        user_message = self.user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref_id": ref_id,
                "status": status,
                "code": code,
                "message": message,
            }
        )
        if help_ is not UNSET:
            field_dict["help"] = help_
        if user_message is not UNSET:
            field_dict["user_message"] = user_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ref_id = d.pop("ref_id")

        status = d.pop("status")

        code = d.pop("code")

        message = d.pop("message")

        help_ = d.pop("help", UNSET)

        user_message = d.pop("user_message", UNSET)

        error = cls(
            ref_id=ref_id,
            status=status,
            code=code,
            message=message,
            help_=help_,
            user_message=user_message,
        )

        error.additional_properties = d
        return error

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
