from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_stat_report_status_response_type_result import GetStatReportStatusResponseTypeResult


T = TypeVar("T", bound="GetHistoryReportStatusResponseType")


@_attrs_define
class GetHistoryReportStatusResponseType:
    """A report status.

    Attributes:
        success (bool): true for a successful request.
        result (GetStatReportStatusResponseTypeResult): Report status.
    """

    success: bool
    result: GetStatReportStatusResponseTypeResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_stat_report_status_response_type_result import GetStatReportStatusResponseTypeResult  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        result = GetStatReportStatusResponseTypeResult.from_dict(d.pop("result"))

        get_history_report_status_response_type = cls(
            success=success,
            result=result,
        )

        get_history_report_status_response_type.additional_properties = d
        return get_history_report_status_response_type

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
