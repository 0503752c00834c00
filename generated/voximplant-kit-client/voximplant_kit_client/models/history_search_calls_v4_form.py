from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_search_calls_v4_form_call_direction import HistorySearchCallsV4FormCallDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistorySearchCallsV4Form")


@_attrs_define
class HistorySearchCallsV4Form:
    """searchCalls parameters.

    Attributes:
        from_ (str | Unset): Period start, `YYYY-MM-DD HH:mm:ss` (seen in third-party code).
        to (str | Unset): Period end, `YYYY-MM-DD HH:mm:ss` (seen in third-party code).
        limit (int | Unset): Page size (50 used by third-party code); 1..100.
        cursor (str | Unset): Continuation cursor from a previous response. (seen in third-party code (boostra-test),
            third-party code (voximplant-dashboard))
        id (int | Unset): Call id filter. (seen in third-party code (boostra-test))
        phone (str | Unset): Phone number filter. (seen in third-party code (voximplant-dashboard))
        phone_full_text (bool | Unset): Phone matching mode flag (sent as 'true'). (seen in third-party code
            (voximplant-dashboard))
        call_direction (HistorySearchCallsV4FormCallDirection | Unset): Direction filter. (seen in third-party code
            (voximplant-dashboard))
        with_tags (bool | Unset): Include tags. (seen in third-party code (boostra-test))
        with_wrap_up_code (bool | Unset): Include wrap-up code. (seen in third-party code (voximplant-dashboard))
    """

    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    id: int | Unset = UNSET
    phone: str | Unset = UNSET
    phone_full_text: bool | Unset = UNSET
    call_direction: HistorySearchCallsV4FormCallDirection | Unset = UNSET
    with_tags: bool | Unset = UNSET
    with_wrap_up_code: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        limit = self.limit

        cursor = self.cursor

        id = self.id

        phone = self.phone

        phone_full_text = self.phone_full_text

        call_direction: str | Unset = UNSET
        if not isinstance(self.call_direction, Unset):
            call_direction = self.call_direction.value

        with_tags = self.with_tags

        with_wrap_up_code = self.with_wrap_up_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_full_text is not UNSET:
            field_dict["phone_full_text"] = phone_full_text
        if call_direction is not UNSET:
            field_dict["call_direction"] = call_direction
        if with_tags is not UNSET:
            field_dict["with_tags"] = with_tags
        if with_wrap_up_code is not UNSET:
            field_dict["with_wrap_up_code"] = with_wrap_up_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        id = d.pop("id", UNSET)

        phone = d.pop("phone", UNSET)

        phone_full_text = d.pop("phone_full_text", UNSET)

        _call_direction = d.pop("call_direction", UNSET)
        call_direction: HistorySearchCallsV4FormCallDirection | Unset
        if isinstance(_call_direction, Unset):
            call_direction = UNSET
        else:
            call_direction = HistorySearchCallsV4FormCallDirection(_call_direction)

        with_tags = d.pop("with_tags", UNSET)

        with_wrap_up_code = d.pop("with_wrap_up_code", UNSET)

        history_search_calls_v4_form = cls(
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
            id=id,
            phone=phone,
            phone_full_text=phone_full_text,
            call_direction=call_direction,
            with_tags=with_tags,
            with_wrap_up_code=with_wrap_up_code,
        )

        history_search_calls_v4_form.additional_properties = d
        return history_search_calls_v4_form

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
