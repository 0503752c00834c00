from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialer_list_processing_status import DialerListProcessingStatus
    from ..models.dialer_list_properties import DialerListProperties


T = TypeVar("T", bound="DialerList")


@_attrs_define
class DialerList:
    """A contact list of a dialer campaign.

    Attributes:
        id (int): List ID.
        status (str): List status, e.g. ongoing, canceled, completed.
        is_from_api (bool | Unset): Appended through the API.
        file_name (None | str | Unset): File name.
        processing_status (DialerListProcessingStatus | Unset):
        properties (DialerListProperties | Unset): Column mapping.
        tz_autodetection_enabled (bool | Unset): Time zone detected from the number.
        always_autodetect_tz (bool | Unset): Always detect.
        on_autodetect_tz_error (str | Unset): What to do when detection fails, e.g. exclude.
        default_timezone (None | str | Unset): Fallback time zone.
        total_contacts_count (int | Unset): Contacts.
        completed_contacts_count (int | Unset): Done.
        success_contacts_count (int | Unset): Reached.
        failed_contacts_count (int | Unset): Failed.
        canceled_contacts_count (int | Unset): Canceled.
    """

    id: int
    status: str
    is_from_api: bool | Unset = UNSET
    file_name: None | str | Unset = UNSET
    processing_status: DialerListProcessingStatus | Unset = UNSET
    properties: DialerListProperties | Unset = UNSET
    tz_autodetection_enabled: bool | Unset = UNSET
    always_autodetect_tz: bool | Unset = UNSET
    on_autodetect_tz_error: str | Unset = UNSET
    default_timezone: None | str | Unset = UNSET
    total_contacts_count: int | Unset = UNSET
    completed_contacts_count: int | Unset = UNSET
    success_contacts_count: int | Unset = UNSET
    failed_contacts_count: int | Unset = UNSET
    canceled_contacts_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        is_from_api = self.is_from_api

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        processing_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_status, Unset):
            processing_status = self.processing_status.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        tz_autodetection_enabled = self.tz_autodetection_enabled

        always_autodetect_tz = self.always_autodetect_tz

        on_autodetect_tz_error = self.on_autodetect_tz_error

        default_timezone: None | str | Unset
        if isinstance(self.default_timezone, Unset):
            default_timezone = UNSET
        else:
            default_timezone = self.default_timezone

        total_contacts_count = self.total_contacts_count

        completed_contacts_count = self.completed_contacts_count

        success_contacts_count = self.success_contacts_count

        failed_contacts_count = self.failed_contacts_count

        canceled_contacts_count = self.canceled_contacts_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if is_from_api is not UNSET:
            field_dict["is_from_api"] = is_from_api
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if properties is not UNSET:
            field_dict["properties"] = properties
        if tz_autodetection_enabled is not UNSET:
            field_dict["tz_autodetection_enabled"] = tz_autodetection_enabled
        if always_autodetect_tz is not UNSET:
            field_dict["always_autodetect_tz"] = always_autodetect_tz
        if on_autodetect_tz_error is not UNSET:
            field_dict["on_autodetect_tz_error"] = on_autodetect_tz_error
        if default_timezone is not UNSET:
            field_dict["default_timezone"] = default_timezone
        if total_contacts_count is not UNSET:
            field_dict["total_contacts_count"] = total_contacts_count
        if completed_contacts_count is not UNSET:
            field_dict["completed_contacts_count"] = completed_contacts_count
        if success_contacts_count is not UNSET:
            field_dict["success_contacts_count"] = success_contacts_count
        if failed_contacts_count is not UNSET:
            field_dict["failed_contacts_count"] = failed_contacts_count
        if canceled_contacts_count is not UNSET:
            field_dict["canceled_contacts_count"] = canceled_contacts_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialer_list_processing_status import DialerListProcessingStatus  # noqa: PLC0415
        from ..models.dialer_list_properties import DialerListProperties  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        is_from_api = d.pop("is_from_api", UNSET)

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        _processing_status = d.pop("processing_status", UNSET)
        processing_status: DialerListProcessingStatus | Unset
        if isinstance(_processing_status, Unset):
            processing_status = UNSET
        else:
            processing_status = DialerListProcessingStatus.from_dict(_processing_status)

        _properties = d.pop("properties", UNSET)
        properties: DialerListProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DialerListProperties.from_dict(_properties)

        tz_autodetection_enabled = d.pop("tz_autodetection_enabled", UNSET)

        always_autodetect_tz = d.pop("always_autodetect_tz", UNSET)

        on_autodetect_tz_error = d.pop("on_autodetect_tz_error", UNSET)

        def _parse_default_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_timezone = _parse_default_timezone(d.pop("default_timezone", UNSET))

        total_contacts_count = d.pop("total_contacts_count", UNSET)

        completed_contacts_count = d.pop("completed_contacts_count", UNSET)

        success_contacts_count = d.pop("success_contacts_count", UNSET)

        failed_contacts_count = d.pop("failed_contacts_count", UNSET)

        canceled_contacts_count = d.pop("canceled_contacts_count", UNSET)

        dialer_list = cls(
            id=id,
            status=status,
            is_from_api=is_from_api,
            file_name=file_name,
            processing_status=processing_status,
            properties=properties,
            tz_autodetection_enabled=tz_autodetection_enabled,
            always_autodetect_tz=always_autodetect_tz,
            on_autodetect_tz_error=on_autodetect_tz_error,
            default_timezone=default_timezone,
            total_contacts_count=total_contacts_count,
            completed_contacts_count=completed_contacts_count,
            success_contacts_count=success_contacts_count,
            failed_contacts_count=failed_contacts_count,
            canceled_contacts_count=canceled_contacts_count,
        )

        dialer_list.additional_properties = d
        return dialer_list

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
