from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..models.message_service import MessageService
from ..models.message_status import MessageStatus
from ..models.message_type import MessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_snapshot import ConfigSnapshot
    from ..models.message_charge import MessageCharge
    from ..models.status_webhook import StatusWebhook


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        message_id (str):
        caller_no (str): The far end.
        api_no (str): The Voxology number.
        direction (MessageDirection):
        status (MessageStatus):
        text_message (str):
        uri (str):
        service (MessageService | Unset):
        type_ (MessageType | Unset):
        created_on (str | Unset): An ISO 8601 date/time.
        app_id (str | Unset):
        subaccount_id (int | Unset):
        error (None | str | Unset):
        error_code (int | None | Unset):
        external_id (None | str | Unset):
        external_group_id (None | str | Unset):
        num_parts (int | None | Unset):
        charge (MessageCharge | Unset):
        time_to_live (int | None | str | Unset):
        config (ConfigSnapshot | None | Unset):
        status_webhook (None | StatusWebhook | Unset):
    """

    message_id: str
    caller_no: str
    api_no: str
    direction: MessageDirection
    status: MessageStatus
    text_message: str
    uri: str
    service: MessageService | Unset = UNSET
    type_: MessageType | Unset = UNSET
    created_on: str | Unset = UNSET
    app_id: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    external_group_id: None | str | Unset = UNSET
    num_parts: int | None | Unset = UNSET
    charge: MessageCharge | Unset = UNSET
    time_to_live: int | None | str | Unset = UNSET
    config: ConfigSnapshot | None | Unset = UNSET
    status_webhook: None | StatusWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.config_snapshot import ConfigSnapshot  # noqa: PLC0415
        from ..models.status_webhook import StatusWebhook  # noqa: PLC0415

        message_id = self.message_id

        caller_no = self.caller_no

        api_no = self.api_no

        direction = self.direction.value

        status = self.status.value

        text_message = self.text_message

        uri = self.uri

        service: str | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_on = self.created_on

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

        num_parts: int | None | Unset
        if isinstance(self.num_parts, Unset):
            num_parts = UNSET
        else:
            num_parts = self.num_parts

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        time_to_live: int | None | str | Unset
        if isinstance(self.time_to_live, Unset):
            time_to_live = UNSET
        else:
            time_to_live = self.time_to_live

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ConfigSnapshot):
            config = self.config.to_dict()
        else:
            config = self.config

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
                "message_id": message_id,
                "caller_no": caller_no,
                "api_no": api_no,
                "direction": direction,
                "status": status,
                "text_message": text_message,
                "uri": uri,
            }
        )
        if service is not UNSET:
            field_dict["service"] = service
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_group_id is not UNSET:
            field_dict["external_group_id"] = external_group_id
        if num_parts is not UNSET:
            field_dict["num_parts"] = num_parts
        if charge is not UNSET:
            field_dict["charge"] = charge
        if time_to_live is not UNSET:
            field_dict["time_to_live"] = time_to_live
        if config is not UNSET:
            field_dict["config"] = config
        if status_webhook is not UNSET:
            field_dict["status_webhook"] = status_webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_snapshot import ConfigSnapshot  # noqa: PLC0415
        from ..models.message_charge import MessageCharge  # noqa: PLC0415
        from ..models.status_webhook import StatusWebhook  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("message_id")

        caller_no = d.pop("caller_no")

        api_no = d.pop("api_no")

        direction = MessageDirection(d.pop("direction"))

        status = MessageStatus(d.pop("status"))

        text_message = d.pop("text_message")

        uri = d.pop("uri")

        _service = d.pop("service", UNSET)
        service: MessageService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = MessageService(_service)

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessageType(_type_)

        created_on = d.pop("created_on", UNSET)

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

        def _parse_num_parts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_parts = _parse_num_parts(d.pop("num_parts", UNSET))

        _charge = d.pop("charge", UNSET)
        charge: MessageCharge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = MessageCharge.from_dict(_charge)

        def _parse_time_to_live(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        time_to_live = _parse_time_to_live(d.pop("time_to_live", UNSET))

        def _parse_config(data: object) -> ConfigSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ConfigSnapshot.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfigSnapshot | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

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

        message = cls(
            message_id=message_id,
            caller_no=caller_no,
            api_no=api_no,
            direction=direction,
            status=status,
            text_message=text_message,
            uri=uri,
            service=service,
            type_=type_,
            created_on=created_on,
            app_id=app_id,
            subaccount_id=subaccount_id,
            error=error,
            error_code=error_code,
            external_id=external_id,
            external_group_id=external_group_id,
            num_parts=num_parts,
            charge=charge,
            time_to_live=time_to_live,
            config=config,
            status_webhook=status_webhook,
        )

        message.additional_properties = d
        return message

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
