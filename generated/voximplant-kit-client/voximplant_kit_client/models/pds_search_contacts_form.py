from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsSearchContactsForm")


@_attrs_define
class PdsSearchContactsForm:
    """searchContacts parameters.

    Attributes:
        id (int | Unset): Contact id.
        campaign_id (int | Unset): Campaign filter.
        campaign_list_id (str | Unset): Contact list filter. An integer or JSON text of an array of integers.
        phone (str | Unset): Phone filter.
        status (str | Unset): Contact status filter. JSON text of an array.
        from_ (str | Unset): Period start, `YYYY-MM-DD HH:mm:ss`.
        to (str | Unset): Period end, `YYYY-MM-DD HH:mm:ss`.
        page (int | Unset): Page number. (seen in third-party code (boostra-test))
        per_page (int | Unset): Page size. (seen in third-party code (boostra-test))
    """

    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    campaign_list_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    status: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        campaign_list_id = self.campaign_list_id

        phone = self.phone

        status = self.status

        from_ = self.from_

        to = self.to

        page = self.page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_list_id is not UNSET:
            field_dict["campaign_list_id"] = campaign_list_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per-page"] = per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        campaign_list_id = d.pop("campaign_list_id", UNSET)

        phone = d.pop("phone", UNSET)

        status = d.pop("status", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        page = d.pop("page", UNSET)

        per_page = d.pop("per-page", UNSET)

        pds_search_contacts_form = cls(
            id=id,
            campaign_id=campaign_id,
            campaign_list_id=campaign_list_id,
            phone=phone,
            status=status,
            from_=from_,
            to=to,
            page=page,
            per_page=per_page,
        )

        pds_search_contacts_form.additional_properties = d
        return pds_search_contacts_form

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
