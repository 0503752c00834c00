from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_user_job_status import BulkUserJobStatus

T = TypeVar("T", bound="BulkUserJob")


@_attrs_define
class BulkUserJob:
    """Bulk user management job (one uploaded JSON file).

    Attributes:
        id (int): Job ID (job_id).
        created_at (datetime.datetime): When the job was created (file uploaded).
        process_requested_at (datetime.datetime | None): When Proceed was requested; null before.
        filename (str): Uploaded file name.
        total_rows (int): Number of rows in the file.
        affected_rows (int): Rows processed so far.
        failed_rows (int): Rows that failed.
        status (BulkUserJobStatus): Job status:
            - `created`: A job is created and waiting for validation.
            - `valid_scheme`: Scheme validation is successful and proceed is possible.
            - `invalid_scheme`: Scheme validation failed. Detailed information can be checked through the Scheme error log
            API.
            - `in_progress`: Performing bulk user update/create.
            - `finished`: Bulk user update/create complete.
        uploaded_user_name (None | str): Name of the (UI) user who uploaded the file; null when uploaded through the
            API.
        proceed_user_name (None | str): Name of the (UI) user who requested Proceed.
        uploaded_api_user_name (None | str): Name of the API user who uploaded the file.
        proceed_api_user_name (None | str): Name of the API user who requested Proceed; null before Proceed.
        scheme_errors (list[str]): Scheme error details (strings).
        update_errors (list[str]): Update error details (strings).
    """

    id: int
    created_at: datetime.datetime
    process_requested_at: datetime.datetime | None
    filename: str
    total_rows: int
    affected_rows: int
    failed_rows: int
    status: BulkUserJobStatus
    uploaded_user_name: None | str
    proceed_user_name: None | str
    uploaded_api_user_name: None | str
    proceed_api_user_name: None | str
    scheme_errors: list[str]
    update_errors: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        process_requested_at: None | str
        if isinstance(self.process_requested_at, datetime.datetime):
            process_requested_at = self.process_requested_at.isoformat()
        else:
            process_requested_at = self.process_requested_at

        filename = self.filename

        total_rows = self.total_rows

        affected_rows = self.affected_rows

        failed_rows = self.failed_rows

        status = self.status.value

        uploaded_user_name: None | str
        uploaded_user_name = self.uploaded_user_name

        proceed_user_name: None | str
        proceed_user_name = self.proceed_user_name

        uploaded_api_user_name: None | str
        uploaded_api_user_name = self.uploaded_api_user_name

        proceed_api_user_name: None | str
        proceed_api_user_name = self.proceed_api_user_name

        scheme_errors = self.scheme_errors

        update_errors = self.update_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "process_requested_at": process_requested_at,
                "filename": filename,
                "total_rows": total_rows,
                "affected_rows": affected_rows,
                "failed_rows": failed_rows,
                "status": status,
                "uploaded_user_name": uploaded_user_name,
                "proceed_user_name": proceed_user_name,
                "uploaded_api_user_name": uploaded_api_user_name,
                "proceed_api_user_name": proceed_api_user_name,
                "scheme_errors": scheme_errors,
                "update_errors": update_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_process_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                process_requested_at_type_0 = datetime.datetime.fromisoformat(data)

                return process_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        process_requested_at = _parse_process_requested_at(d.pop("process_requested_at"))

        filename = d.pop("filename")

        total_rows = d.pop("total_rows")

        affected_rows = d.pop("affected_rows")

        failed_rows = d.pop("failed_rows")

        status = BulkUserJobStatus(d.pop("status"))

        def _parse_uploaded_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uploaded_user_name = _parse_uploaded_user_name(d.pop("uploaded_user_name"))

        def _parse_proceed_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proceed_user_name = _parse_proceed_user_name(d.pop("proceed_user_name"))

        def _parse_uploaded_api_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uploaded_api_user_name = _parse_uploaded_api_user_name(d.pop("uploaded_api_user_name"))

        def _parse_proceed_api_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proceed_api_user_name = _parse_proceed_api_user_name(d.pop("proceed_api_user_name"))

        scheme_errors = cast(list[str], d.pop("scheme_errors"))

        update_errors = cast(list[str], d.pop("update_errors"))

        bulk_user_job = cls(
            id=id,
            created_at=created_at,
            process_requested_at=process_requested_at,
            filename=filename,
            total_rows=total_rows,
            affected_rows=affected_rows,
            failed_rows=failed_rows,
            status=status,
            uploaded_user_name=uploaded_user_name,
            proceed_user_name=proceed_user_name,
            uploaded_api_user_name=uploaded_api_user_name,
            proceed_api_user_name=proceed_api_user_name,
            scheme_errors=scheme_errors,
            update_errors=update_errors,
        )

        bulk_user_job.additional_properties = d
        return bulk_user_job

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
