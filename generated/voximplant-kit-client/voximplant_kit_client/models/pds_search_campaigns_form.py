from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PdsSearchCampaignsForm")


@_attrs_define
class PdsSearchCampaignsForm:
    """searchCampaigns parameters.

    Attributes:
        id (int | Unset): Campaign id filter.
        title (str | Unset): Title filter.
        status (str | Unset): Status filter. JSON text of an array.
        folder_id (int | Unset): Folder filter.
        with_queue (bool | Unset): Include queue.
        with_campaign_lists (bool | Unset): Include campaign lists.
        with_users (bool | Unset): Include users.
        with_folder_name (bool | Unset): Include folder name.
        with_wrap_up_codes_set (bool | Unset): Include wrap up codes set.
        with_dnc_lists (bool | Unset): Include dnc lists.
        with_supervisors (bool | Unset): Include supervisors.
        with_phone_numbers (bool | Unset): Include phone numbers.
        page (int | Unset): Page number.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    status: str | Unset = UNSET
    folder_id: int | Unset = UNSET
    with_queue: bool | Unset = UNSET
    with_campaign_lists: bool | Unset = UNSET
    with_users: bool | Unset = UNSET
    with_folder_name: bool | Unset = UNSET
    with_wrap_up_codes_set: bool | Unset = UNSET
    with_dnc_lists: bool | Unset = UNSET
    with_supervisors: bool | Unset = UNSET
    with_phone_numbers: bool | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        status = self.status

        folder_id = self.folder_id

        with_queue = self.with_queue

        with_campaign_lists = self.with_campaign_lists

        with_users = self.with_users

        with_folder_name = self.with_folder_name

        with_wrap_up_codes_set = self.with_wrap_up_codes_set

        with_dnc_lists = self.with_dnc_lists

        with_supervisors = self.with_supervisors

        with_phone_numbers = self.with_phone_numbers

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if with_queue is not UNSET:
            field_dict["with_queue"] = with_queue
        if with_campaign_lists is not UNSET:
            field_dict["with_campaign_lists"] = with_campaign_lists
        if with_users is not UNSET:
            field_dict["with_users"] = with_users
        if with_folder_name is not UNSET:
            field_dict["with_folder_name"] = with_folder_name
        if with_wrap_up_codes_set is not UNSET:
            field_dict["with_wrap_up_codes_set"] = with_wrap_up_codes_set
        if with_dnc_lists is not UNSET:
            field_dict["with_dnc_lists"] = with_dnc_lists
        if with_supervisors is not UNSET:
            field_dict["with_supervisors"] = with_supervisors
        if with_phone_numbers is not UNSET:
            field_dict["with_phone_numbers"] = with_phone_numbers
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        with_queue = d.pop("with_queue", UNSET)

        with_campaign_lists = d.pop("with_campaign_lists", UNSET)

        with_users = d.pop("with_users", UNSET)

        with_folder_name = d.pop("with_folder_name", UNSET)

        with_wrap_up_codes_set = d.pop("with_wrap_up_codes_set", UNSET)

        with_dnc_lists = d.pop("with_dnc_lists", UNSET)

        with_supervisors = d.pop("with_supervisors", UNSET)

        with_phone_numbers = d.pop("with_phone_numbers", UNSET)

        page = d.pop("page", UNSET)

        pds_search_campaigns_form = cls(
            id=id,
            title=title,
            status=status,
            folder_id=folder_id,
            with_queue=with_queue,
            with_campaign_lists=with_campaign_lists,
            with_users=with_users,
            with_folder_name=with_folder_name,
            with_wrap_up_codes_set=with_wrap_up_codes_set,
            with_dnc_lists=with_dnc_lists,
            with_supervisors=with_supervisors,
            with_phone_numbers=with_phone_numbers,
            page=page,
        )

        pds_search_campaigns_form.additional_properties = d
        return pds_search_campaigns_form

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
