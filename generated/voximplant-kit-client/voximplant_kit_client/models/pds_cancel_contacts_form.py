from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pds_cancel_contacts_form_cancel_all import PdsCancelContactsFormCancelAll
from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsCancelContactsForm")


@_attrs_define
class PdsCancelContactsForm:
    """cancelContacts parameters.

    Attributes:
        campaign_id (int): Campaign id.
        contact_ids (str | Unset): Contacts to withdraw (or use cancel_all). JSON text, e.g. `[1,2]`.
        comment (str | Unset): Reason, up to 255 chars.
        cancel_all (PdsCancelContactsFormCancelAll | Unset): Alternative to contact_ids; type not recorded. Sent as a
            flag; the emulator takes 1 or true.
    """

    campaign_id: int
    contact_ids: str | Unset = UNSET
    comment: str | Unset = UNSET
    cancel_all: PdsCancelContactsFormCancelAll | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        contact_ids = self.contact_ids

        comment = self.comment

        cancel_all: str | Unset = UNSET
        if not isinstance(self.cancel_all, Unset):
            cancel_all = self.cancel_all.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if comment is not UNSET:
            field_dict["comment"] = comment
        if cancel_all is not UNSET:
            field_dict["cancel_all"] = cancel_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        contact_ids = d.pop("contact_ids", UNSET)

        comment = d.pop("comment", UNSET)

        _cancel_all = d.pop("cancel_all", UNSET)
        cancel_all: PdsCancelContactsFormCancelAll | Unset
        if isinstance(_cancel_all, Unset):
            cancel_all = UNSET
        else:
            cancel_all = PdsCancelContactsFormCancelAll(_cancel_all)

        pds_cancel_contacts_form = cls(
            campaign_id=campaign_id,
            contact_ids=contact_ids,
            comment=comment,
            cancel_all=cancel_all,
        )

        pds_cancel_contacts_form.additional_properties = d
        return pds_cancel_contacts_form

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
