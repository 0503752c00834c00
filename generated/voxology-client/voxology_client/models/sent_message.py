from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_message_status import SentMessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_webhook import StatusWebhook


T = TypeVar("T", bound="SentMessage")


@_attrs_define
class SentMessage:
    """
    Attributes:
        api_no (str):
        caller_no (str):
        text_message (str):
        message_id (str): The ID of the outbound message.
        status (SentMessageStatus):
        uri (str):
        external_id (None | str | Unset):
        external_group_id (None | str | Unset):
        time_to_live (int | None | str | Unset):
        status_webhook (None | StatusWebhook | Unset):
    """

    api_no: str
    caller_no: str
    text_message: str
    message_id: str
    status: SentMessageStatus
    uri: str
    external_id: None | str | Unset = UNSET
    external_group_id: None | str | Unset = UNSET
    time_to_live: int | None | str | Unset = UNSET
    status_webhook: None | StatusWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.status_webhook import StatusWebhook  # noqa: PLC0415

        api_no = self.api_no

        caller_no = self.caller_no

        text_message = self.text_message

        message_id = self.message_id

        status = self.status.value

        uri = self.uri

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_group_id: None | str | Unset
        if isinstance(self.external_group_id, Unset):
            external_group_id = UNSET
        else:
            external_group_id = self.external_group_id

        time_to_live: int | None | str | Unset
        if isinstance(self.time_to_live, Unset):
            time_to_live = UNSET
        else:
            time_to_live = self.time_to_live

        status_webhook: dict[str, Any] | None | Unset
        if isinstance(self.status_webhook, Unset):
            status_webhook = UNSET
        elif isinstance(self.status_webhook, StatusWebhook):
            status_webhook = self.status_webhook.to_dict()
        else:
            status_webhook = self.status_webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_no": api_no,
                "caller_no": caller_no,
                "text_message": text_message,
                "message_id": message_id,
                "status": status,
                "uri": uri,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_group_id is not UNSET:
            field_dict["external_group_id"] = external_group_id
        if time_to_live is not UNSET:
            field_dict["time_to_live"] = time_to_live
        if status_webhook is not UNSET:
            field_dict["status_webhook"] = status_webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_webhook import StatusWebhook  # noqa: PLC0415

        d = dict(src_dict)
        api_no = d.pop("api_no")

        caller_no = d.pop("caller_no")

        text_message = d.pop("text_message")

        message_id = d.pop("message_id")

        status = SentMessageStatus(d.pop("status"))

        uri = d.pop("uri")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_external_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_group_id = _parse_external_group_id(d.pop("external_group_id", UNSET))

        def _parse_time_to_live(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        time_to_live = _parse_time_to_live(d.pop("time_to_live", UNSET))

        def _parse_status_webhook(data: object) -> None | StatusWebhook | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_webhook_type_0 = StatusWebhook.from_dict(data)

                return status_webhook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusWebhook | Unset, data)

        status_webhook = _parse_status_webhook(d.pop("status_webhook", UNSET))

        sent_message = cls(
            api_no=api_no,
            caller_no=caller_no,
            text_message=text_message,
            message_id=message_id,
            status=status,
            uri=uri,
            external_id=external_id,
            external_group_id=external_group_id,
            time_to_live=time_to_live,
            status_webhook=status_webhook,
        )

        sent_message.additional_properties = d
        return sent_message

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
