from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.s3_bucket import S3Bucket


T = TypeVar("T", bound="AwsStorage")


@_attrs_define
class AwsStorage:
    """
    Attributes:
        access_key (None | str): Amazon IAM access key.
        security_key (bool | None | str): The secret key (PUT), whether one is set (GET), or null (DELETE).
        s3 (S3Bucket):
    """

    access_key: None | str
    security_key: bool | None | str
    s3: S3Bucket
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key: None | str
        access_key = self.access_key

        security_key: bool | None | str
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
        from ..models.s3_bucket import S3Bucket  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_access_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        access_key = _parse_access_key(d.pop("access_key"))

        def _parse_security_key(data: object) -> bool | None | str:
            if data is None:
                return data
            return cast(bool | None | str, data)

        security_key = _parse_security_key(d.pop("security_key"))

        s3 = S3Bucket.from_dict(d.pop("s3"))

        aws_storage = cls(
            access_key=access_key,
            security_key=security_key,
            s3=s3,
        )

        aws_storage.additional_properties = d
        return aws_storage

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
