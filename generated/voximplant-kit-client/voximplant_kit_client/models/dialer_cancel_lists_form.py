from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DialerCancelListsForm")


@_attrs_define
class DialerCancelListsForm:
    """cancelLists parameters.

    Attributes:
        campaign_id (int): Campaign id.
        list_ids (str): Lists to cancel. JSON text, e.g. `[1,2]`.
    """

    campaign_id: int
    list_ids: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        list_ids = self.list_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "list_ids": list_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        list_ids = d.pop("list_ids")

        dialer_cancel_lists_form = cls(
            campaign_id=campaign_id,
            list_ids=list_ids,
        )

        dialer_cancel_lists_form.additional_properties = d
        return dialer_cancel_lists_form

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
