from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journal_entry_fault_type_0 import JournalEntryFaultType0
    from ..models.journal_message import JournalMessage


T = TypeVar("T", bound="JournalEntry")


@_attrs_define
class JournalEntry:
    """
    Attributes:
        id (int):
        at (float):
        api (str):
        operation (None | str):
        method (str):
        path (str):
        status (int | None): Null for a request never answered (dropped).
        duration_ms (float):
        fault (JournalEntryFaultType0 | None):
        request (JournalMessage):
        response (JournalMessage | None):
        query (str | Unset):
    """

    id: int
    at: float
    api: str
    operation: None | str
    method: str
    path: str
    status: int | None
    duration_ms: float
    fault: JournalEntryFaultType0 | None
    request: JournalMessage
    response: JournalMessage | None
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.journal_entry_fault_type_0 import JournalEntryFaultType0  # noqa: PLC0415
        from ..models.journal_message import JournalMessage  # noqa: PLC0415

        id = self.id

        at = self.at

        api = self.api

        operation: None | str
        operation = self.operation

        method = self.method

        path = self.path

        status: int | None
        status = self.status

        duration_ms = self.duration_ms

        fault: dict[str, Any] | None
        if isinstance(self.fault, JournalEntryFaultType0):
            fault = self.fault.to_dict()
        else:
            fault = self.fault

        request = self.request.to_dict()

        response: dict[str, Any] | None
        if isinstance(self.response, JournalMessage):
            response = self.response.to_dict()
        else:
            response = self.response

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "api": api,
                "operation": operation,
                "method": method,
                "path": path,
                "status": status,
                "duration_ms": duration_ms,
                "fault": fault,
                "request": request,
                "response": response,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_entry_fault_type_0 import JournalEntryFaultType0  # noqa: PLC0415
        from ..models.journal_message import JournalMessage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        at = d.pop("at")

        api = d.pop("api")

        def _parse_operation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation = _parse_operation(d.pop("operation"))

        method = d.pop("method")

        path = d.pop("path")

        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))

        duration_ms = d.pop("duration_ms")

        def _parse_fault(data: object) -> JournalEntryFaultType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fault_type_0 = JournalEntryFaultType0.from_dict(data)

                return fault_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalEntryFaultType0 | None, data)

        fault = _parse_fault(d.pop("fault"))

        request = JournalMessage.from_dict(d.pop("request"))

        def _parse_response(data: object) -> JournalMessage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = JournalMessage.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalMessage | None, data)

        response = _parse_response(d.pop("response"))

        query = d.pop("query", UNSET)

        journal_entry = cls(
            id=id,
            at=at,
            api=api,
            operation=operation,
            method=method,
            path=path,
            status=status,
            duration_ms=duration_ms,
            fault=fault,
            request=request,
            response=response,
            query=query,
        )

        journal_entry.additional_properties = d
        return journal_entry

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
