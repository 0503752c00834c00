from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.sub_account import SubAccount


T = TypeVar("T", bound="SubAccountList")


@_attrs_define
class SubAccountList:
    """
    Attributes:
        subaccounts (list[SubAccount]):
        pagination (Pagination): Information about the pagination.
        app_id (str | Unset): The ID of the App.
    """

    subaccounts: list[SubAccount]
    pagination: Pagination
    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccounts = []
        for subaccounts_item_data in self.subaccounts:
            subaccounts_item = subaccounts_item_data.to_dict()
            subaccounts.append(subaccounts_item)

        pagination = self.pagination.to_dict()

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccounts": subaccounts,
                "pagination": pagination,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.sub_account import SubAccount  # noqa: PLC0415

        d = dict(src_dict)
        subaccounts = []
        _subaccounts = d.pop("subaccounts")
        for subaccounts_item_data in _subaccounts:
            subaccounts_item = SubAccount.from_dict(subaccounts_item_data)

            subaccounts.append(subaccounts_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        app_id = d.pop("app_id", UNSET)

        sub_account_list = cls(
            subaccounts=subaccounts,
            pagination=pagination,
            app_id=app_id,
        )

        sub_account_list.additional_properties = d
        return sub_account_list

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
