from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_error_error_type import UpdateErrorErrorType

T = TypeVar("T", bound="UpdateError")


@_attrs_define
class UpdateError:
    """Error or warning raised while updating/creating users.

    Attributes:
        message (str): Error message (the documentation's examples spell it "messsage").
        column (int | None): Column number; null when not tied to a column.
        row (int): Row number.
        error_type (UpdateErrorErrorType): Severity.
    """

    message: str
    column: int | None
    row: int
    error_type: UpdateErrorErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        column: int | None
        column = self.column

        row = self.row

        error_type = self.error_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "column": column,
                "row": row,
                "error_type": error_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_column(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        column = _parse_column(d.pop("column"))

        row = d.pop("row")

        error_type = UpdateErrorErrorType(d.pop("error_type"))

        update_error = cls(
            message=message,
            column=column,
            row=row,
            error_type=error_type,
        )

        update_error.additional_properties = d
        return update_error

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
