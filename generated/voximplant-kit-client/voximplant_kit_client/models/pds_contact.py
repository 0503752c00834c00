from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_code import CompletionCode
from ..models.pds_contact_status import PdsContactStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pds_contact_custom_data import PdsContactCustomData


T = TypeVar("T", bound="PdsContact")


@_attrs_define
class PdsContact:
    """A contact of a PDS campaign.

    Attributes:
        id (int): Contact ID.
        status (PdsContactStatus): Status.
        agent_campaign_list_id (int | Unset): List ID.
        agent_campaign_id (int | Unset): Campaign ID.
        phone (str | Unset): Phone.
        timezone (str | Unset): Time zone.
        max_attempts (int | Unset): Attempts allowed.
        current_attempt (int | Unset): Attempts made.
        custom_data (PdsContactCustomData | Unset): Every imported column, phone and UTC included.
        last_attempt_date (None | str | Unset): Last attempt.
        completion_code (CompletionCode | None | Unset): Completion code of the last attempt; null before the first.
        create_date (str | Unset): Creation time.
        created_by (int | Unset): Creator.
        edit_date (str | Unset): Last change.
        edited_by (int | None | Unset): Last editor.
        canceled_by (int | None | Unset): Who canceled.
        cancel_reason (None | str | Unset): Why.
        cancel_date (None | str | Unset): When canceled.
        interval (list[int] | Unset): Redial intervals, minutes.
        callback_at (None | str | Unset): Next attempt.
    """

    id: int
    status: PdsContactStatus
    agent_campaign_list_id: int | Unset = UNSET
    agent_campaign_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    timezone: str | Unset = UNSET
    max_attempts: int | Unset = UNSET
    current_attempt: int | Unset = UNSET
    custom_data: PdsContactCustomData | Unset = UNSET
    last_attempt_date: None | str | Unset = UNSET
    completion_code: CompletionCode | None | Unset = UNSET
    create_date: str | Unset = UNSET
    created_by: int | Unset = UNSET
    edit_date: str | Unset = UNSET
    edited_by: int | None | Unset = UNSET
    canceled_by: int | None | Unset = UNSET
    cancel_reason: None | str | Unset = UNSET
    cancel_date: None | str | Unset = UNSET
    interval: list[int] | Unset = UNSET
    callback_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        agent_campaign_list_id = self.agent_campaign_list_id

        agent_campaign_id = self.agent_campaign_id

        phone = self.phone

        timezone = self.timezone

        max_attempts = self.max_attempts

        current_attempt = self.current_attempt

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        last_attempt_date: None | str | Unset
        if isinstance(self.last_attempt_date, Unset):
            last_attempt_date = UNSET
        else:
            last_attempt_date = self.last_attempt_date

        completion_code: None | str | Unset
        if isinstance(self.completion_code, Unset):
            completion_code = UNSET
        elif isinstance(self.completion_code, CompletionCode):
            completion_code = self.completion_code.value
        else:
            completion_code = self.completion_code

        create_date = self.create_date

        created_by = self.created_by

        edit_date = self.edit_date

        edited_by: int | None | Unset
        if isinstance(self.edited_by, Unset):
            edited_by = UNSET
        else:
            edited_by = self.edited_by

        canceled_by: int | None | Unset
        if isinstance(self.canceled_by, Unset):
            canceled_by = UNSET
        else:
            canceled_by = self.canceled_by

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        cancel_date: None | str | Unset
        if isinstance(self.cancel_date, Unset):
            cancel_date = UNSET
        else:
            cancel_date = self.cancel_date

        interval: list[int] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval

        callback_at: None | str | Unset
        if isinstance(self.callback_at, Unset):
            callback_at = UNSET
        else:
            callback_at = self.callback_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if agent_campaign_list_id is not UNSET:
            field_dict["agent_campaign_list_id"] = agent_campaign_list_id
        if agent_campaign_id is not UNSET:
            field_dict["agent_campaign_id"] = agent_campaign_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if current_attempt is not UNSET:
            field_dict["current_attempt"] = current_attempt
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if last_attempt_date is not UNSET:
            field_dict["last_attempt_date"] = last_attempt_date
        if completion_code is not UNSET:
            field_dict["completion_code"] = completion_code
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if edit_date is not UNSET:
            field_dict["edit_date"] = edit_date
        if edited_by is not UNSET:
            field_dict["edited_by"] = edited_by
        if canceled_by is not UNSET:
            field_dict["canceled_by"] = canceled_by
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if cancel_date is not UNSET:
            field_dict["cancel_date"] = cancel_date
        if interval is not UNSET:
            field_dict["interval"] = interval
        if callback_at is not UNSET:
            field_dict["callback_at"] = callback_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pds_contact_custom_data import PdsContactCustomData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = PdsContactStatus(d.pop("status"))

        agent_campaign_list_id = d.pop("agent_campaign_list_id", UNSET)

        agent_campaign_id = d.pop("agent_campaign_id", UNSET)

        phone = d.pop("phone", UNSET)

        timezone = d.pop("timezone", UNSET)

        max_attempts = d.pop("max_attempts", UNSET)

        current_attempt = d.pop("current_attempt", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: PdsContactCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = PdsContactCustomData.from_dict(_custom_data)

        def _parse_last_attempt_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_attempt_date = _parse_last_attempt_date(d.pop("last_attempt_date", UNSET))

        def _parse_completion_code(data: object) -> CompletionCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_code_type_0 = CompletionCode(data)

                return completion_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionCode | None | Unset, data)

        completion_code = _parse_completion_code(d.pop("completion_code", UNSET))

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

        def _parse_canceled_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canceled_by = _parse_canceled_by(d.pop("canceled_by", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        def _parse_cancel_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_date = _parse_cancel_date(d.pop("cancel_date", UNSET))

        interval = cast(list[int], d.pop("interval", UNSET))

        def _parse_callback_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_at = _parse_callback_at(d.pop("callback_at", UNSET))

        pds_contact = cls(
            id=id,
            status=status,
            agent_campaign_list_id=agent_campaign_list_id,
            agent_campaign_id=agent_campaign_id,
            phone=phone,
            timezone=timezone,
            max_attempts=max_attempts,
            current_attempt=current_attempt,
            custom_data=custom_data,
            last_attempt_date=last_attempt_date,
            completion_code=completion_code,
            create_date=create_date,
            created_by=created_by,
            edit_date=edit_date,
            edited_by=edited_by,
            canceled_by=canceled_by,
            cancel_reason=cancel_reason,
            cancel_date=cancel_date,
            interval=interval,
            callback_at=callback_at,
        )

        pds_contact.additional_properties = d
        return pds_contact

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
