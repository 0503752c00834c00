from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_call_list_details_request_output import (
    GetCallListDetailsRequestOutput,
    check_get_call_list_details_request_output,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCallListDetailsRequest")


@_attrs_define
class GetCallListDetailsRequest:
    """
    Attributes:
        list_id (int): The call list ID
        batch_id (str | Unset): The batch whose tasks to show
        count (int | Unset): The max returning record count
        delimiter (str | Unset): The CSV delimiter (; by default)
        encoding (str | Unset): The encoding of the CSV file (utf-8 by default)
        is_async (bool | Unset): Whether to prepare the file asynchronously
        new_csv_style (bool | Unset): Whether to use the new CSV layout
        offset (int | Unset): The first N records are skipped in the output
        output (GetCallListDetailsRequestOutput | Unset): The output format: csv (the default) or json
    """

    list_id: int
    batch_id: str | Unset = UNSET
    count: int | Unset = UNSET
    delimiter: str | Unset = UNSET
    encoding: str | Unset = UNSET
    is_async: bool | Unset = UNSET
    new_csv_style: bool | Unset = UNSET
    offset: int | Unset = UNSET
    output: GetCallListDetailsRequestOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        batch_id = self.batch_id

        count = self.count

        delimiter = self.delimiter

        encoding = self.encoding

        is_async = self.is_async

        new_csv_style = self.new_csv_style

        offset = self.offset

        output: str | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if count is not UNSET:
            field_dict["count"] = count
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if is_async is not UNSET:
            field_dict["is_async"] = is_async
        if new_csv_style is not UNSET:
            field_dict["new_csv_style"] = new_csv_style
        if offset is not UNSET:
            field_dict["offset"] = offset
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        batch_id = d.pop("batch_id", UNSET)

        count = d.pop("count", UNSET)

        delimiter = d.pop("delimiter", UNSET)

        encoding = d.pop("encoding", UNSET)

        is_async = d.pop("is_async", UNSET)

        new_csv_style = d.pop("new_csv_style", UNSET)

        offset = d.pop("offset", UNSET)

        _output = d.pop("output", UNSET)
        output: GetCallListDetailsRequestOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = check_get_call_list_details_request_output(_output)

        get_call_list_details_request = cls(
            list_id=list_id,
            batch_id=batch_id,
            count=count,
            delimiter=delimiter,
            encoding=encoding,
            is_async=is_async,
            new_csv_style=new_csv_style,
            offset=offset,
            output=output,
        )

        get_call_list_details_request.additional_properties = d
        return get_call_list_details_request

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
