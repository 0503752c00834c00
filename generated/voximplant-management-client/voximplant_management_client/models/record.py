from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_transcription_status import RecordTranscriptionStatus, check_record_transcription_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Record")


@_attrs_define
class Record:
    """
    Attributes:
        record_id (int): The record ID
        start_time (str): The start recording time in the selected timezone in 24-h format: YYYY-MM-DD HH:mm:ss
        transaction_id (int): The transaction ID
        cost (float | Unset): The record cost
        duration (int | Unset): The call duration in seconds
        file_size (int | Unset): The file size
        record_name (str | Unset): The record name
        record_url (str | Unset): The record URL. If you have issues accessing the record file, check if the application
            has “Secure storage of applications and logs” feature enabled. In this case, you need to
            authorize(/docs/guides/managementapi/secureobjects).
        transcription_status (RecordTranscriptionStatus | Unset): The status of transcription. The possible values are
            Not required, In progress, Complete
        transcription_url (str | Unset): Transcription URL. To open the URL, please add authorization parameters and
            record_id to it
    """

    record_id: int
    start_time: str
    transaction_id: int
    cost: float | Unset = UNSET
    duration: int | Unset = UNSET
    file_size: int | Unset = UNSET
    record_name: str | Unset = UNSET
    record_url: str | Unset = UNSET
    transcription_status: RecordTranscriptionStatus | Unset = UNSET
    transcription_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        start_time = self.start_time

        transaction_id = self.transaction_id

        cost = self.cost

        duration = self.duration

        file_size = self.file_size

        record_name = self.record_name

        record_url = self.record_url

        transcription_status: str | Unset = UNSET
        if not isinstance(self.transcription_status, Unset):
            transcription_status = self.transcription_status

        transcription_url = self.transcription_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "start_time": start_time,
                "transaction_id": transaction_id,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if record_name is not UNSET:
            field_dict["record_name"] = record_name
        if record_url is not UNSET:
            field_dict["record_url"] = record_url
        if transcription_status is not UNSET:
            field_dict["transcription_status"] = transcription_status
        if transcription_url is not UNSET:
            field_dict["transcription_url"] = transcription_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        start_time = d.pop("start_time")

        transaction_id = d.pop("transaction_id")

        cost = d.pop("cost", UNSET)

        duration = d.pop("duration", UNSET)

        file_size = d.pop("file_size", UNSET)

        record_name = d.pop("record_name", UNSET)

        record_url = d.pop("record_url", UNSET)

        _transcription_status = d.pop("transcription_status", UNSET)
        transcription_status: RecordTranscriptionStatus | Unset
        if isinstance(_transcription_status, Unset):
            transcription_status = UNSET
        else:
            transcription_status = check_record_transcription_status(_transcription_status)

        transcription_url = d.pop("transcription_url", UNSET)

        record = cls(
            record_id=record_id,
            start_time=start_time,
            transaction_id=transaction_id,
            cost=cost,
            duration=duration,
            file_size=file_size,
            record_name=record_name,
            record_url=record_url,
            transcription_status=transcription_status,
            transcription_url=transcription_url,
        )

        record.additional_properties = d
        return record

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
