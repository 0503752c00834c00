from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.journal_message_headers import JournalMessageHeaders


T = TypeVar("T", bound="JournalMessage")


@_attrs_define
class JournalMessage:
    """
    Attributes:
        headers (JournalMessageHeaders):
        body (None | str): Up to 8,192 characters (longer ends with `…`).
    """

    headers: JournalMessageHeaders
    body: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        headers = self.headers.to_dict()

        body: None | str
        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "headers": headers,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_message_headers import JournalMessageHeaders  # noqa: PLC0415

        d = dict(src_dict)
        headers = JournalMessageHeaders.from_dict(d.pop("headers"))

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        journal_message = cls(
            headers=headers,
            body=body,
        )

        journal_message.additional_properties = d
        return journal_message

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
