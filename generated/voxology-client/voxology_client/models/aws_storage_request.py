from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aws_storage_request_s3 import AwsStorageRequestS3


T = TypeVar("T", bound="AwsStorageRequest")


@_attrs_define
class AwsStorageRequest:
    """
    Attributes:
        access_key (str): Amazon IAM access key.
        security_key (str): The secret access key.
        s3 (AwsStorageRequestS3):
    """

    access_key: str
    security_key: str
    s3: AwsStorageRequestS3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        security_key = self.security_key

        s3 = self.s3.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_key": access_key,
                "security_key": security_key,
                "s3": s3,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aws_storage_request_s3 import AwsStorageRequestS3  # noqa: PLC0415

        d = dict(src_dict)
        access_key = d.pop("access_key")

        security_key = d.pop("security_key")

        s3 = AwsStorageRequestS3.from_dict(d.pop("s3"))

        aws_storage_request = cls(
            access_key=access_key,
            security_key=security_key,
            s3=s3,
        )

        aws_storage_request.additional_properties = d
        return aws_storage_request

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
