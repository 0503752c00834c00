from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendToCallListMultipartRequest")


@_attrs_define
class AppendToCallListMultipartRequest:
    """AppendToCallListRequest sent as multipart/form-data: file_content is a part holding the CSV.

    Attributes:
        file_content (str): Send as the request body or multiform
        delimiter (str | Unset): Separator values. The default value is ’;’
        encoding (str | Unset): Encoding file. The default value is UTF-8
        escape (str | Unset): Escape character for parsing csv
        list_id (int | Unset): Call list ID
        list_name (str | Unset):
    """

    file_content: str
    delimiter: str | Unset = UNSET
    encoding: str | Unset = UNSET
    escape: str | Unset = UNSET
    list_id: int | Unset = UNSET
    list_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_content = self.file_content

        delimiter = self.delimiter

        encoding = self.encoding

        escape = self.escape

        list_id = self.list_id

        list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_content": file_content,
            }
        )
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if escape is not UNSET:
            field_dict["escape"] = escape
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if list_name is not UNSET:
            field_dict["list_name"] = list_name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file_content", (None, str(self.file_content).encode(), "text/plain")))

        if not isinstance(self.delimiter, Unset):
            files.append(("delimiter", (None, str(self.delimiter).encode(), "text/plain")))

        if not isinstance(self.encoding, Unset):
            files.append(("encoding", (None, str(self.encoding).encode(), "text/plain")))

        if not isinstance(self.escape, Unset):
            files.append(("escape", (None, str(self.escape).encode(), "text/plain")))

        if not isinstance(self.list_id, Unset):
            files.append(("list_id", (None, str(self.list_id).encode(), "text/plain")))

        if not isinstance(self.list_name, Unset):
            files.append(("list_name", (None, str(self.list_name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_content = d.pop("file_content")

        delimiter = d.pop("delimiter", UNSET)

        encoding = d.pop("encoding", UNSET)

        escape = d.pop("escape", UNSET)

        list_id = d.pop("list_id", UNSET)

        list_name = d.pop("list_name", UNSET)

        append_to_call_list_multipart_request = cls(
            file_content=file_content,
            delimiter=delimiter,
            encoding=encoding,
            escape=escape,
            list_id=list_id,
            list_name=list_name,
        )

        append_to_call_list_multipart_request.additional_properties = d
        return append_to_call_list_multipart_request

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
