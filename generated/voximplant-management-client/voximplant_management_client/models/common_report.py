from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommonReport")


@_attrs_define
class CommonReport:
    """
    Attributes:
        created (str): When the report was requested, UTC, YYYY-MM-DD HH:mm:ss
        report_id (int): The report id
        report_type (str): The report type
        completed (str | Unset): When the report was completed, UTC, YYYY-MM-DD HH:mm:ss
        store_until (str | Unset): The last day the report is kept, YYYY-MM-DD
    """

    created: str
    report_id: int
    report_type: str
    completed: str | Unset = UNSET
    store_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        report_id = self.report_id

        report_type = self.report_type

        completed = self.completed

        store_until = self.store_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "report_id": report_id,
                "report_type": report_type,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if store_until is not UNSET:
            field_dict["store_until"] = store_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created")

        report_id = d.pop("report_id")

        report_type = d.pop("report_type")

        completed = d.pop("completed", UNSET)

        store_until = d.pop("store_until", UNSET)

        common_report = cls(
            created=created,
            report_id=report_id,
            report_type=report_type,
            completed=completed,
            store_until=store_until,
        )

        common_report.additional_properties = d
        return common_report

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
