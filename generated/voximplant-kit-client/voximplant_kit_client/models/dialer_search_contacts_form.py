from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_search_contacts_form_status import DialerSearchContactsFormStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DialerSearchContactsForm")


@_attrs_define
class DialerSearchContactsForm:
    """searchContacts parameters.

    Attributes:
        list_id (int): Contact list id.
        status (DialerSearchContactsFormStatus | Unset): Contact status filter.
    """

    list_id: int
    status: DialerSearchContactsFormStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        _status = d.pop("status", UNSET)
        status: DialerSearchContactsFormStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DialerSearchContactsFormStatus(_status)

        dialer_search_contacts_form = cls(
            list_id=list_id,
            status=status,
        )

        dialer_search_contacts_form.additional_properties = d
        return dialer_search_contacts_form

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
