from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_info import AccountInfo


T = TypeVar("T", bound="GetAccountInfoResponse")


@_attrs_define
class GetAccountInfoResponse:
    """
    Attributes:
        api_address (str): The preferred address for the Management API requests
        result (AccountInfo):
    """

    api_address: str
    result: AccountInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_address = self.api_address

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_address": api_address,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_info import AccountInfo  # noqa: PLC0415

        d = dict(src_dict)
        api_address = d.pop("api_address")

        result = AccountInfo.from_dict(d.pop("result"))

        get_account_info_response = cls(
            api_address=api_address,
            result=result,
        )

        get_account_info_response.additional_properties = d
        return get_account_info_response

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
