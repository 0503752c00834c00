from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pds_contact_list_status import PdsContactListStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pds_contact_list_processing_status import PdsContactListProcessingStatus


T = TypeVar("T", bound="PdsContactList")


@_attrs_define
class PdsContactList:
    """A contact list of a PDS campaign.

    Attributes:
        id (int): List ID.
        status (PdsContactListStatus): Status.
        agent_campaign_id (int | Unset): Campaign ID.
        is_from_api (bool | Unset): Appended through the API.
        file_name (None | str | Unset): Uploaded file name.
        file_size (int | None | Unset): Uploaded file size.
        call_item_count (int | Unset): Contacts.
        call_ended (int | Unset): Done.
        call_success (int | Unset): Reached.
        call_failed (int | Unset): Failed.
        call_canceled (int | Unset): Canceled.
        cost (str | Unset): Cost.
        success_calls_duration (int | Unset): Talk time of successful calls.
        processing_status (PdsContactListProcessingStatus | Unset):
        create_date (str | Unset): Creation time.
        created_by (int | Unset): Creator.
        edit_date (str | Unset): Last change.
        edited_by (int | None | Unset): Last editor.
    """

    id: int
    status: PdsContactListStatus
    agent_campaign_id: int | Unset = UNSET
    is_from_api: bool | Unset = UNSET
    file_name: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    call_item_count: int | Unset = UNSET
    call_ended: int | Unset = UNSET
    call_success: int | Unset = UNSET
    call_failed: int | Unset = UNSET
    call_canceled: int | Unset = UNSET
    cost: str | Unset = UNSET
    success_calls_duration: int | Unset = UNSET
    processing_status: PdsContactListProcessingStatus | Unset = UNSET
    create_date: str | Unset = UNSET
    created_by: int | Unset = UNSET
    edit_date: str | Unset = UNSET
    edited_by: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        agent_campaign_id = self.agent_campaign_id

        is_from_api = self.is_from_api

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        call_item_count = self.call_item_count

        call_ended = self.call_ended

        call_success = self.call_success

        call_failed = self.call_failed

        call_canceled = self.call_canceled

        cost = self.cost

        success_calls_duration = self.success_calls_duration

        processing_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_status, Unset):
            processing_status = self.processing_status.to_dict()

        create_date = self.create_date

        created_by = self.created_by

        edit_date = self.edit_date

        edited_by: int | None | Unset
        if isinstance(self.edited_by, Unset):
            edited_by = UNSET
        else:
            edited_by = self.edited_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if agent_campaign_id is not UNSET:
            field_dict["agent_campaign_id"] = agent_campaign_id
        if is_from_api is not UNSET:
            field_dict["is_from_api"] = is_from_api
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if call_item_count is not UNSET:
            field_dict["call_item_count"] = call_item_count
        if call_ended is not UNSET:
            field_dict["call_ended"] = call_ended
        if call_success is not UNSET:
            field_dict["call_success"] = call_success
        if call_failed is not UNSET:
            field_dict["call_failed"] = call_failed
        if call_canceled is not UNSET:
            field_dict["call_canceled"] = call_canceled
        if cost is not UNSET:
            field_dict["cost"] = cost
        if success_calls_duration is not UNSET:
            field_dict["success_calls_duration"] = success_calls_duration
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if edit_date is not UNSET:
            field_dict["edit_date"] = edit_date
        if edited_by is not UNSET:
            field_dict["edited_by"] = edited_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pds_contact_list_processing_status import PdsContactListProcessingStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = PdsContactListStatus(d.pop("status"))

        agent_campaign_id = d.pop("agent_campaign_id", UNSET)

        is_from_api = d.pop("is_from_api", UNSET)

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file_name", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        call_item_count = d.pop("call_item_count", UNSET)

        call_ended = d.pop("call_ended", UNSET)

        call_success = d.pop("call_success", UNSET)

        call_failed = d.pop("call_failed", UNSET)

        call_canceled = d.pop("call_canceled", UNSET)

        cost = d.pop("cost", UNSET)

        success_calls_duration = d.pop("success_calls_duration", UNSET)

        _processing_status = d.pop("processing_status", UNSET)
        processing_status: PdsContactListProcessingStatus | Unset
        if isinstance(_processing_status, Unset):
            processing_status = UNSET
        else:
            processing_status = PdsContactListProcessingStatus.from_dict(_processing_status)

        create_date = d.pop("create_date", UNSET)

        created_by = d.pop("created_by", UNSET)

        edit_date = d.pop("edit_date", UNSET)

        def _parse_edited_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edited_by = _parse_edited_by(d.pop("edited_by", UNSET))

        pds_contact_list = cls(
            id=id,
            status=status,
            agent_campaign_id=agent_campaign_id,
            is_from_api=is_from_api,
            file_name=file_name,
            file_size=file_size,
            call_item_count=call_item_count,
            call_ended=call_ended,
            call_success=call_success,
            call_failed=call_failed,
            call_canceled=call_canceled,
            cost=cost,
            success_calls_duration=success_calls_duration,
            processing_status=processing_status,
            create_date=create_date,
            created_by=created_by,
            edit_date=edit_date,
            edited_by=edited_by,
        )

        pds_contact_list.additional_properties = d
        return pds_contact_list

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
