from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status_webhook_direction import MessageStatusWebhookDirection
from ..models.message_status_webhook_service import MessageStatusWebhookService
from ..models.message_status_webhook_status import MessageStatusWebhookStatus
from ..models.message_status_webhook_type import MessageStatusWebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatusWebhook")


@_attrs_define
class MessageStatusWebhook:
    """Sent to the status_webhook.url of a message sent with POST /Messages.

    Attributes:
        service (MessageStatusWebhookService):
        type_ (MessageStatusWebhookType):
        api_no (str): The Voxology number (near end).
        caller_no (str): The far end.
        direction (MessageStatusWebhookDirection):
        message_id (str):
        status (MessageStatusWebhookStatus):
        app_id (str | Unset):
        subaccount_id (int | Unset):
        error (None | str | Unset):
        error_code (int | None | Unset):
        external_group_id (None | str | Unset):
        external_id (None | str | Unset):
        num_parts (int | None | Unset):
        uri (str | Unset):
        updated_on (str | Unset): When the message was last updated.
    """

    service: MessageStatusWebhookService
    type_: MessageStatusWebhookType
    api_no: str
    caller_no: str
    direction: MessageStatusWebhookDirection
    message_id: str
    status: MessageStatusWebhookStatus
    app_id: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    external_group_id: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    num_parts: int | None | Unset = UNSET
    uri: str | Unset = UNSET
    updated_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service.value

        type_ = self.type_.value

        api_no = self.api_no

        caller_no = self.caller_no

        direction = self.direction.value

        message_id = self.message_id

        status = self.status.value

        app_id = self.app_id

        subaccount_id = self.subaccount_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        external_group_id: None | str | Unset
        if isinstance(self.external_group_id, Unset):
            external_group_id = UNSET
        else:
            external_group_id = self.external_group_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        num_parts: int | None | Unset
        if isinstance(self.num_parts, Unset):
            num_parts = UNSET
        else:
            num_parts = self.num_parts

        uri = self.uri

        updated_on = self.updated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "type": type_,
                "api_no": api_no,
                "caller_no": caller_no,
                "direction": direction,
                "message_id": message_id,
                "status": status,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if external_group_id is not UNSET:
            field_dict["external_group_id"] = external_group_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if num_parts is not UNSET:
            field_dict["num_parts"] = num_parts
        if uri is not UNSET:
            field_dict["uri"] = uri
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = MessageStatusWebhookService(d.pop("service"))

        type_ = MessageStatusWebhookType(d.pop("type"))

        api_no = d.pop("api_no")

        caller_no = d.pop("caller_no")

        direction = MessageStatusWebhookDirection(d.pop("direction"))

        message_id = d.pop("message_id")

        status = MessageStatusWebhookStatus(d.pop("status"))

        app_id = d.pop("app_id", UNSET)

        subaccount_id = d.pop("subaccount_id", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_external_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_group_id = _parse_external_group_id(d.pop("external_group_id", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_num_parts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_parts = _parse_num_parts(d.pop("num_parts", UNSET))

        uri = d.pop("uri", UNSET)

        updated_on = d.pop("updated_on", UNSET)

        message_status_webhook = cls(
            service=service,
            type_=type_,
            api_no=api_no,
            caller_no=caller_no,
            direction=direction,
            message_id=message_id,
            status=status,
            app_id=app_id,
            subaccount_id=subaccount_id,
            error=error,
            error_code=error_code,
            external_group_id=external_group_id,
            external_id=external_id,
            num_parts=num_parts,
            uri=uri,
            updated_on=updated_on,
        )

        message_status_webhook.additional_properties = d
        return message_status_webhook

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
