from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_webhook import StatusWebhook


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """
    Attributes:
        caller_no (str): The destination number (E.164).
        api_no (str): The Voxology number (E.164) to send from: SMS capable and assigned to CallFlows.
        text_message (str): The text (up to 1600 characters).
        external_id (str | Unset): A queryable name for the message.
        external_group_id (str | Unset): A queryable name for a group of messages.
        time_to_live (int | str | Unset): Milliseconds a message may wait in the queue (minimum 1000); a string in the
            table, a number in the example.
        status_webhook (StatusWebhook | Unset):
    """

    caller_no: str
    api_no: str
    text_message: str
    external_id: str | Unset = UNSET
    external_group_id: str | Unset = UNSET
    time_to_live: int | str | Unset = UNSET
    status_webhook: StatusWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_no = self.caller_no

        api_no = self.api_no

        text_message = self.text_message

        external_id = self.external_id

        external_group_id = self.external_group_id

        time_to_live: int | str | Unset
        if isinstance(self.time_to_live, Unset):
            time_to_live = UNSET
        else:
            time_to_live = self.time_to_live

        status_webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_webhook, Unset):
            status_webhook = self.status_webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller_no": caller_no,
                "api_no": api_no,
                "text_message": text_message,
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
        caller_no = d.pop("caller_no")

        api_no = d.pop("api_no")

        text_message = d.pop("text_message")

        external_id = d.pop("external_id", UNSET)

        external_group_id = d.pop("external_group_id", UNSET)

        def _parse_time_to_live(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        time_to_live = _parse_time_to_live(d.pop("time_to_live", UNSET))

        _status_webhook = d.pop("status_webhook", UNSET)
        status_webhook: StatusWebhook | Unset
        if isinstance(_status_webhook, Unset):
            status_webhook = UNSET
        else:
            status_webhook = StatusWebhook.from_dict(_status_webhook)

        send_message_request = cls(
            caller_no=caller_no,
            api_no=api_no,
            text_message=text_message,
            external_id=external_id,
            external_group_id=external_group_id,
            time_to_live=time_to_live,
            status_webhook=status_webhook,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
