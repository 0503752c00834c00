from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Recording")


@_attrs_define
class Recording:
    """
    Attributes:
        id (str):
        app_id (str):
        subaccount_id (int):
        caller_no (str):
        start_time (str): An ISO 8601 date/time.
        duration (int): Milliseconds.
        group (None | str | Unset):
        end_time (None | str | Unset): An ISO 8601 date/time.
    """

    id: str
    app_id: str
    subaccount_id: int
    caller_no: str
    start_time: str
    duration: int
    group: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        subaccount_id = self.subaccount_id

        caller_no = self.caller_no

        start_time = self.start_time

        duration = self.duration

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app_id": app_id,
                "subaccount_id": subaccount_id,
                "caller_no": caller_no,
                "start_time": start_time,
                "duration": duration,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        app_id = d.pop("app_id")

        subaccount_id = d.pop("subaccount_id")

        caller_no = d.pop("caller_no")

        start_time = d.pop("start_time")

        duration = d.pop("duration")

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        recording = cls(
            id=id,
            app_id=app_id,
            subaccount_id=subaccount_id,
            caller_no=caller_no,
            start_time=start_time,
            duration=duration,
            group=group,
            end_time=end_time,
        )

        recording.additional_properties = d
        return recording

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
