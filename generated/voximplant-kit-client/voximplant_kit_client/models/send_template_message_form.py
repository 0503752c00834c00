from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendTemplateMessageForm")


@_attrs_define
class SendTemplateMessageForm:
    """sendTemplateMessage parameters.

    Attributes:
        client_id (str): Customer phone, E.164.
        channel_id (str): WhatsApp channel ID (type not recorded).
        message_template_id (str): Approved template ID (type not recorded).
        header_param_value (str | Unset): Header placeholder value.
        header_attachment_id (str | Unset): Header media ID (or header_url).
        header_url (str | Unset): Header media URL (or header_attachment_id).
        text_param_values (str | Unset): Body placeholder values, JSON text.
        button_url_param_value (str | Unset): Dynamic URL-button suffix.
        user_id (int | Unset): Route the reply to this user.
        variables (str | Unset): Up to 20 pairs; name at most 20 characters, value at most 200. JSON text.
    """

    client_id: str
    channel_id: str
    message_template_id: str
    header_param_value: str | Unset = UNSET
    header_attachment_id: str | Unset = UNSET
    header_url: str | Unset = UNSET
    text_param_values: str | Unset = UNSET
    button_url_param_value: str | Unset = UNSET
    user_id: int | Unset = UNSET
    variables: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        channel_id = self.channel_id

        message_template_id = self.message_template_id

        header_param_value = self.header_param_value

        header_attachment_id = self.header_attachment_id

        header_url = self.header_url

        text_param_values = self.text_param_values

        button_url_param_value = self.button_url_param_value

        user_id = self.user_id

        variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "channel_id": channel_id,
                "message_template_id": message_template_id,
            }
        )
        if header_param_value is not UNSET:
            field_dict["header_param_value"] = header_param_value
        if header_attachment_id is not UNSET:
            field_dict["header_attachment_id"] = header_attachment_id
        if header_url is not UNSET:
            field_dict["header_url"] = header_url
        if text_param_values is not UNSET:
            field_dict["text_param_values"] = text_param_values
        if button_url_param_value is not UNSET:
            field_dict["button_url_param_value"] = button_url_param_value
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        channel_id = d.pop("channel_id")

        message_template_id = d.pop("message_template_id")

        header_param_value = d.pop("header_param_value", UNSET)

        header_attachment_id = d.pop("header_attachment_id", UNSET)

        header_url = d.pop("header_url", UNSET)

        text_param_values = d.pop("text_param_values", UNSET)

        button_url_param_value = d.pop("button_url_param_value", UNSET)

        user_id = d.pop("user_id", UNSET)

        variables = d.pop("variables", UNSET)

        send_template_message_form = cls(
            client_id=client_id,
            channel_id=channel_id,
            message_template_id=message_template_id,
            header_param_value=header_param_value,
            header_attachment_id=header_attachment_id,
            header_url=header_url,
            text_param_values=text_param_values,
            button_url_param_value=button_url_param_value,
            user_id=user_id,
            variables=variables,
        )

        send_template_message_form.additional_properties = d
        return send_template_message_form

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
