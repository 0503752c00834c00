from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialerSearchForm")


@_attrs_define
class DialerSearchForm:
    """search parameters.

    Attributes:
        ids (str | Unset): Campaign ids. JSON text, e.g. `[1,2]`.
        statuses (str | Unset): Status filter (the collection notes also lists 'resume'). JSON text of an array.
        from_ (str | Unset): Launched after.
        to (str | Unset): Launched before.
        created_from (str | Unset): Created after.
        created_to (str | Unset): Created before.
        completed_from (str | Unset): Completed after.
        completed_to (str | Unset): Completed before.
        folder_id (int | Unset): Folder filter.
        title (str | Unset): Title filter.
        type_ (str | Unset): Campaign kinds; default ['operator'], pass ['automated'] for automated ones. JSON text of
            an array.
        with_phone_numbers (bool | Unset): Include phone numbers.
        with_dnc_lists (bool | Unset): Include dnc lists.
        with_supervisors (bool | Unset): Include supervisors.
        with_users (bool | Unset): Include users.
        with_queue (bool | Unset): Include queue.
        with_wrap_up_codes_set (bool | Unset): Include wrap up codes set.
    """

    ids: str | Unset = UNSET
    statuses: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    created_from: str | Unset = UNSET
    created_to: str | Unset = UNSET
    completed_from: str | Unset = UNSET
    completed_to: str | Unset = UNSET
    folder_id: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    with_phone_numbers: bool | Unset = UNSET
    with_dnc_lists: bool | Unset = UNSET
    with_supervisors: bool | Unset = UNSET
    with_users: bool | Unset = UNSET
    with_queue: bool | Unset = UNSET
    with_wrap_up_codes_set: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        statuses = self.statuses

        from_ = self.from_

        to = self.to

        created_from = self.created_from

        created_to = self.created_to

        completed_from = self.completed_from

        completed_to = self.completed_to

        folder_id = self.folder_id

        title = self.title

        type_ = self.type_

        with_phone_numbers = self.with_phone_numbers

        with_dnc_lists = self.with_dnc_lists

        with_supervisors = self.with_supervisors

        with_users = self.with_users

        with_queue = self.with_queue

        with_wrap_up_codes_set = self.with_wrap_up_codes_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if created_to is not UNSET:
            field_dict["created_to"] = created_to
        if completed_from is not UNSET:
            field_dict["completed_from"] = completed_from
        if completed_to is not UNSET:
            field_dict["completed_to"] = completed_to
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if with_phone_numbers is not UNSET:
            field_dict["with_phone_numbers"] = with_phone_numbers
        if with_dnc_lists is not UNSET:
            field_dict["with_dnc_lists"] = with_dnc_lists
        if with_supervisors is not UNSET:
            field_dict["with_supervisors"] = with_supervisors
        if with_users is not UNSET:
            field_dict["with_users"] = with_users
        if with_queue is not UNSET:
            field_dict["with_queue"] = with_queue
        if with_wrap_up_codes_set is not UNSET:
            field_dict["with_wrap_up_codes_set"] = with_wrap_up_codes_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = d.pop("ids", UNSET)

        statuses = d.pop("statuses", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        created_from = d.pop("created_from", UNSET)

        created_to = d.pop("created_to", UNSET)

        completed_from = d.pop("completed_from", UNSET)

        completed_to = d.pop("completed_to", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        with_phone_numbers = d.pop("with_phone_numbers", UNSET)

        with_dnc_lists = d.pop("with_dnc_lists", UNSET)

        with_supervisors = d.pop("with_supervisors", UNSET)

        with_users = d.pop("with_users", UNSET)

        with_queue = d.pop("with_queue", UNSET)

        with_wrap_up_codes_set = d.pop("with_wrap_up_codes_set", UNSET)

        dialer_search_form = cls(
            ids=ids,
            statuses=statuses,
            from_=from_,
            to=to,
            created_from=created_from,
            created_to=created_to,
            completed_from=completed_from,
            completed_to=completed_to,
            folder_id=folder_id,
            title=title,
            type_=type_,
            with_phone_numbers=with_phone_numbers,
            with_dnc_lists=with_dnc_lists,
            with_supervisors=with_supervisors,
            with_users=with_users,
            with_queue=with_queue,
            with_wrap_up_codes_set=with_wrap_up_codes_set,
        )

        dialer_search_form.additional_properties = d
        return dialer_search_form

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
