from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_user_job_status import BulkUserJobStatus

T = TypeVar("T", bound="BulkUserJobLink")


@_attrs_define
class BulkUserJobLink:
    """Short job reference returned by Upload (POST/PUT) and Proceed.

    Attributes:
        id (int): Job ID.
        status (BulkUserJobStatus): Job status:
            - `created`: A job is created and waiting for validation.
            - `valid_scheme`: Scheme validation is successful and proceed is possible.
            - `invalid_scheme`: Scheme validation failed. Detailed information can be checked through the Scheme error log
            API.
            - `in_progress`: Performing bulk user update/create.
            - `finished`: Bulk user update/create complete.
        link (str): URL of the job resource (GET /bulk/users/jobs/{job_id}); the documentation shows it with its Postman
            placeholders, e.g. "https://{{subdomain}}.{{domain}}/apps/api/v1/bulk/users/jobs/1".
    """

    id: int
    status: BulkUserJobStatus
    link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "link": link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = BulkUserJobStatus(d.pop("status"))

        link = d.pop("link")

        bulk_user_job_link = cls(
            id=id,
            status=status,
            link=link,
        )

        bulk_user_job_link.additional_properties = d
        return bulk_user_job_link

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
