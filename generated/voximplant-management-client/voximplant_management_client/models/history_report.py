from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryReport")


@_attrs_define
class HistoryReport:
    """
    Attributes:
        created (str): When the report was requested (UTC)
        history_report_id (int): The report ID
        history_type (str): The report type
        completed (str | Unset): When the report was ready (UTC)
        download_attempts (int | Unset): How many times the file was downloaded
        download_size (int | Unset): The size of the download in bytes
        file_name (str | Unset): The file name
        file_size (int | Unset): The file size in bytes
        format_ (str | Unset): The file format
        last_downloaded (str | Unset): When the file was last downloaded (UTC)
        store_until (str | Unset): The last day the file can be downloaded
    """

    created: str
    history_report_id: int
    history_type: str
    completed: str | Unset = UNSET
    download_attempts: int | Unset = UNSET
    download_size: int | Unset = UNSET
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    format_: str | Unset = UNSET
    last_downloaded: str | Unset = UNSET
    store_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        history_report_id = self.history_report_id

        history_type = self.history_type

        completed = self.completed

        download_attempts = self.download_attempts

        download_size = self.download_size

        file_name = self.file_name

        file_size = self.file_size

        format_ = self.format_

        last_downloaded = self.last_downloaded

        store_until = self.store_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "history_report_id": history_report_id,
                "history_type": history_type,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if download_attempts is not UNSET:
            field_dict["download_attempts"] = download_attempts
        if download_size is not UNSET:
            field_dict["download_size"] = download_size
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if format_ is not UNSET:
            field_dict["format"] = format_
        if last_downloaded is not UNSET:
            field_dict["last_downloaded"] = last_downloaded
        if store_until is not UNSET:
            field_dict["store_until"] = store_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created")

        history_report_id = d.pop("history_report_id")

        history_type = d.pop("history_type")

        completed = d.pop("completed", UNSET)

        download_attempts = d.pop("download_attempts", UNSET)

        download_size = d.pop("download_size", UNSET)

        file_name = d.pop("file_name", UNSET)

        file_size = d.pop("file_size", UNSET)

        format_ = d.pop("format", UNSET)

        last_downloaded = d.pop("last_downloaded", UNSET)

        store_until = d.pop("store_until", UNSET)

        history_report = cls(
            created=created,
            history_report_id=history_report_id,
            history_type=history_type,
            completed=completed,
            download_attempts=download_attempts,
            download_size=download_size,
            file_name=file_name,
            file_size=file_size,
            format_=format_,
            last_downloaded=last_downloaded,
            store_until=store_until,
        )

        history_report.additional_properties = d
        return history_report

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
