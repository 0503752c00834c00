"""The callbacks Voxology Programmable Voice and Messaging API sends to your server, read into typed models.

One parser per documented callback takes the raw request body and its Content-Type (application/json, application/x-www-form-urlencoded, application/xml
as documented) and returns the callback's model; `PARSERS` maps each callback's name in the spec to its parser.
Generated from the spec's `webhooks`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl
from xml.etree import ElementTree

from .models.inbound_message_callback import InboundMessageCallback
from .models.live_collect_callback import LiveCollectCallback
from .models.message_status_webhook import MessageStatusWebhook
from .models.voice_callback_request import VoiceCallbackRequest

__all__ = [
    "PARSERS",
    "WebhookError",
    "parse_inbound_message",
    "parse_live_call_collect",
    "parse_message_status",
    "parse_voice_callback",
    "parse_webhook_action",
]


class WebhookError(ValueError):
    """A callback body that does not read as the callback in the Content-Type given."""


# Each callback's schema in short: property types, array items, and how a form writes an array.
_SHAPES: dict[str, dict[str, Any]] = {
    "inboundMessage": {
        "types": ["object"],
        "properties": {
            "api_no": {"types": ["string"]},
            "api_no_city": {"types": ["null", "string"]},
            "api_no_country": {"types": ["null", "string"]},
            "api_no_lata": {"types": ["null", "string"]},
            "api_no_latitude": {"types": ["null", "string"]},
            "api_no_longitude": {"types": ["null", "string"]},
            "api_no_postal_code": {"types": ["null", "string"]},
            "api_no_rate_center": {"types": ["null", "string"]},
            "api_no_region": {"types": ["null", "string"]},
            "api_no_timezone": {"types": ["null", "string"]},
            "app_id": {"types": ["string"]},
            "caller_no": {"types": ["string"]},
            "caller_no_city": {"types": ["null", "string"]},
            "caller_no_country": {"types": ["null", "string"]},
            "caller_no_lata": {"types": ["null", "string"]},
            "caller_no_latitude": {"types": ["null", "string"]},
            "caller_no_longitude": {"types": ["null", "string"]},
            "caller_no_postal_code": {"types": ["null", "string"]},
            "caller_no_rate_center": {"types": ["null", "string"]},
            "caller_no_region": {"types": ["null", "string"]},
            "caller_no_timezone": {"types": ["null", "string"]},
            "created_on": {"types": ["string"]},
            "custom_data": {"types": ["null", "object"]},
            "direction": {"types": ["string"]},
            "error": {"types": ["null", "string"]},
            "error_code": {"types": ["integer", "null"]},
            "external_group_id": {"types": ["null", "string"]},
            "external_id": {"types": ["null", "string"]},
            "message_id": {"types": ["string"]},
            "num_parts": {"types": ["integer", "null"]},
            "service": {"types": ["string"]},
            "session_data": {"types": ["null", "object"]},
            "status": {"types": ["string"]},
            "subaccount_id": {"types": ["integer"]},
            "text_message": {"types": ["string"]},
            "type": {"types": ["string"]},
            "uri": {"types": ["string"]},
        },
    },
    "liveCallCollect": {
        "types": ["object"],
        "properties": {
            "api_no": {"types": ["string"]},
            "api_no_city": {"types": ["null", "string"]},
            "api_no_country": {"types": ["null", "string"]},
            "api_no_lata": {"types": ["null", "string"]},
            "api_no_latitude": {"types": ["null", "string"]},
            "api_no_longitude": {"types": ["null", "string"]},
            "api_no_postal_code": {"types": ["null", "string"]},
            "api_no_rate_center": {"types": ["null", "string"]},
            "api_no_region": {"types": ["null", "string"]},
            "api_no_timezone": {"types": ["null", "string"]},
            "app_id": {"types": ["string"]},
            "call_id": {"types": ["string"]},
            "caller_no": {"types": ["string"]},
            "caller_no_city": {"types": ["null", "string"]},
            "caller_no_country": {"types": ["null", "string"]},
            "caller_no_lata": {"types": ["null", "string"]},
            "caller_no_latitude": {"types": ["null", "string"]},
            "caller_no_longitude": {"types": ["null", "string"]},
            "caller_no_postal_code": {"types": ["null", "string"]},
            "caller_no_rate_center": {"types": ["null", "string"]},
            "caller_no_region": {"types": ["null", "string"]},
            "caller_no_timezone": {"types": ["null", "string"]},
            "connect_time_sec": {"types": ["integer", "null"]},
            "custom_data": {"types": ["null", "object"]},
            "detection": {"types": ["null", "string"]},
            "direction": {"types": ["string"]},
            "duration": {"types": ["integer"]},
            "end_time": {"types": ["null", "string"]},
            "error": {"types": ["null", "string"]},
            "error_code": {"types": ["integer", "null"]},
            "event_name": {"types": ["string"]},
            "is_webhook": {"types": ["boolean", "string"]},
            "key_presses": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {
                        "digits": {"types": ["string"]},
                        "history": {"types": ["array"], "items": {"types": ["string"]}},
                        "name": {"types": ["string"]},
                    },
                },
                "form": {"key": "name", "value": "digits"},
            },
            "last_queue_poll_connect_call": {
                "types": ["null", "object"],
                "properties": {"id": {"types": ["string"]}, "no": {"types": ["string"]}},
            },
            "parent_call_id": {"types": ["null", "string"]},
            "recordings": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {"id": {"types": ["string"]}, "name": {"types": ["string"]}},
                },
                "form": {"key": "name", "value": "id"},
            },
            "service": {"types": ["string"]},
            "session_data": {"types": ["null", "object"]},
            "sip_domain": {"types": ["null", "string"]},
            "sip_forwarded_for": {"types": ["null", "string"]},
            "start_time": {"types": ["null", "string"]},
            "status": {"types": ["string"]},
            "subaccount_id": {"types": ["integer"]},
            "type": {"types": ["string"]},
            "webhook_data": {"types": ["null", "object", "string"]},
        },
    },
    "messageStatus": {
        "types": ["object"],
        "properties": {
            "api_no": {"types": ["string"]},
            "app_id": {"types": ["string"]},
            "caller_no": {"types": ["string"]},
            "direction": {"types": ["string"]},
            "error": {"types": ["null", "string"]},
            "error_code": {"types": ["integer", "null"]},
            "external_group_id": {"types": ["null", "string"]},
            "external_id": {"types": ["null", "string"]},
            "message_id": {"types": ["string"]},
            "num_parts": {"types": ["integer", "null"]},
            "service": {"types": ["string"]},
            "status": {"types": ["string"]},
            "subaccount_id": {"types": ["integer"]},
            "type": {"types": ["string"]},
            "updated_on": {"types": ["string"]},
            "uri": {"types": ["string"]},
        },
    },
    "voiceCallback": {
        "types": ["object"],
        "properties": {
            "api_no": {"types": ["string"]},
            "api_no_city": {"types": ["null", "string"]},
            "api_no_country": {"types": ["null", "string"]},
            "api_no_lata": {"types": ["null", "string"]},
            "api_no_latitude": {"types": ["null", "string"]},
            "api_no_longitude": {"types": ["null", "string"]},
            "api_no_postal_code": {"types": ["null", "string"]},
            "api_no_rate_center": {"types": ["null", "string"]},
            "api_no_region": {"types": ["null", "string"]},
            "api_no_timezone": {"types": ["null", "string"]},
            "app_id": {"types": ["string"]},
            "call_id": {"types": ["string"]},
            "caller_no": {"types": ["string"]},
            "caller_no_city": {"types": ["null", "string"]},
            "caller_no_country": {"types": ["null", "string"]},
            "caller_no_lata": {"types": ["null", "string"]},
            "caller_no_latitude": {"types": ["null", "string"]},
            "caller_no_longitude": {"types": ["null", "string"]},
            "caller_no_postal_code": {"types": ["null", "string"]},
            "caller_no_rate_center": {"types": ["null", "string"]},
            "caller_no_region": {"types": ["null", "string"]},
            "caller_no_timezone": {"types": ["null", "string"]},
            "connect_time_sec": {"types": ["integer", "null"]},
            "custom_data": {"types": ["null", "object"]},
            "detection": {"types": ["null", "string"]},
            "direction": {"types": ["string"]},
            "duration": {"types": ["integer"]},
            "end_time": {"types": ["null", "string"]},
            "error": {"types": ["null", "string"]},
            "error_code": {"types": ["integer", "null"]},
            "event_name": {"types": ["string"]},
            "is_webhook": {"types": ["boolean", "string"]},
            "key_presses": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {
                        "digits": {"types": ["string"]},
                        "history": {"types": ["array"], "items": {"types": ["string"]}},
                        "name": {"types": ["string"]},
                    },
                },
                "form": {"key": "name", "value": "digits"},
            },
            "last_queue_poll_connect_call": {
                "types": ["null", "object"],
                "properties": {"id": {"types": ["string"]}, "no": {"types": ["string"]}},
            },
            "parent_call_id": {"types": ["null", "string"]},
            "recordings": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {"id": {"types": ["string"]}, "name": {"types": ["string"]}},
                },
                "form": {"key": "name", "value": "id"},
            },
            "service": {"types": ["string"]},
            "session_data": {"types": ["null", "object"]},
            "sip_domain": {"types": ["null", "string"]},
            "sip_forwarded_for": {"types": ["null", "string"]},
            "start_time": {"types": ["null", "string"]},
            "status": {"types": ["string"]},
            "subaccount_id": {"types": ["integer"]},
            "type": {"types": ["string"]},
            "webhook_data": {"types": ["null", "object", "string"]},
        },
    },
    "webhookAction": {
        "types": ["object"],
        "properties": {
            "api_no": {"types": ["string"]},
            "api_no_city": {"types": ["null", "string"]},
            "api_no_country": {"types": ["null", "string"]},
            "api_no_lata": {"types": ["null", "string"]},
            "api_no_latitude": {"types": ["null", "string"]},
            "api_no_longitude": {"types": ["null", "string"]},
            "api_no_postal_code": {"types": ["null", "string"]},
            "api_no_rate_center": {"types": ["null", "string"]},
            "api_no_region": {"types": ["null", "string"]},
            "api_no_timezone": {"types": ["null", "string"]},
            "app_id": {"types": ["string"]},
            "call_id": {"types": ["string"]},
            "caller_no": {"types": ["string"]},
            "caller_no_city": {"types": ["null", "string"]},
            "caller_no_country": {"types": ["null", "string"]},
            "caller_no_lata": {"types": ["null", "string"]},
            "caller_no_latitude": {"types": ["null", "string"]},
            "caller_no_longitude": {"types": ["null", "string"]},
            "caller_no_postal_code": {"types": ["null", "string"]},
            "caller_no_rate_center": {"types": ["null", "string"]},
            "caller_no_region": {"types": ["null", "string"]},
            "caller_no_timezone": {"types": ["null", "string"]},
            "connect_time_sec": {"types": ["integer", "null"]},
            "custom_data": {"types": ["null", "object"]},
            "detection": {"types": ["null", "string"]},
            "direction": {"types": ["string"]},
            "duration": {"types": ["integer"]},
            "end_time": {"types": ["null", "string"]},
            "error": {"types": ["null", "string"]},
            "error_code": {"types": ["integer", "null"]},
            "event_name": {"types": ["string"]},
            "is_webhook": {"types": ["boolean", "string"]},
            "key_presses": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {
                        "digits": {"types": ["string"]},
                        "history": {"types": ["array"], "items": {"types": ["string"]}},
                        "name": {"types": ["string"]},
                    },
                },
                "form": {"key": "name", "value": "digits"},
            },
            "last_queue_poll_connect_call": {
                "types": ["null", "object"],
                "properties": {"id": {"types": ["string"]}, "no": {"types": ["string"]}},
            },
            "parent_call_id": {"types": ["null", "string"]},
            "recordings": {
                "types": ["array"],
                "items": {
                    "types": ["object"],
                    "properties": {"id": {"types": ["string"]}, "name": {"types": ["string"]}},
                },
                "form": {"key": "name", "value": "id"},
            },
            "service": {"types": ["string"]},
            "session_data": {"types": ["null", "object"]},
            "sip_domain": {"types": ["null", "string"]},
            "sip_forwarded_for": {"types": ["null", "string"]},
            "start_time": {"types": ["null", "string"]},
            "status": {"types": ["string"]},
            "subaccount_id": {"types": ["integer"]},
            "type": {"types": ["string"]},
            "webhook_data": {"types": ["null", "object", "string"]},
        },
    },
}
_CONTENT_TYPES: dict[str, tuple[str, ...]] = {
    "inboundMessage": ("application/json", "application/x-www-form-urlencoded", "application/xml"),
    "liveCallCollect": ("application/json",),
    "messageStatus": ("application/json",),
    "voiceCallback": ("application/json", "application/x-www-form-urlencoded", "application/xml"),
    "webhookAction": ("application/json", "application/x-www-form-urlencoded", "application/xml"),
}


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _as_list(value: Any, shape: dict[str, Any]) -> list[Any]:
    """A form's or XML's array: `name.0`, `name.1` ... (or `name.<key>=<value>` pairs where documented)."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return [value]
    form = shape.get("form")
    if form:
        return [{form["key"]: key, form["value"]: item} for key, item in value.items()]
    return [value[key] for key in sorted(value, key=lambda key: (len(key), key))]


def _typed(value: Any, shape: dict[str, Any]) -> Any:
    """Text from a form or XML body as the types the schema gives."""
    types = shape.get("types", [])
    if "array" in types and (isinstance(value, list) or ("object" not in types and isinstance(value, dict))):
        return [_typed(item, shape.get("items", {})) for item in _as_list(value, shape)]
    if isinstance(value, dict):
        properties = shape.get("properties", {})
        return {key: _typed(item, properties.get(key, {})) for key, item in value.items()}
    if not isinstance(value, str):
        return value
    if value in ("", "null") and "null" in types:
        return None
    if "string" in types:
        return value
    if "boolean" in types and value.lower() in ("true", "false"):
        return value.lower() == "true"
    for kind, convert in (("integer", int), ("number", float)):
        if kind in types:
            try:
                return convert(value)
            except ValueError:
                pass
    return value


def _from_form(text: str) -> dict[str, Any]:
    """Form fields with dotted names (`a.b=1`) as nested objects."""
    tree: dict[str, Any] = {}
    for name, value in parse_qsl(text, keep_blank_values=True):
        node = tree
        *parents, last = name.split(".")
        for part in parents:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise WebhookError(f"form field {name!r} nests under a field that has a value")
            node = child
        node[last] = value
    return tree


def _from_xml(element: ElementTree.Element, shape: dict[str, Any]) -> Any:
    children = list(element)
    if not children:
        return element.text or ""
    if "array" in shape.get("types", []):
        return [_from_xml(child, shape.get("items", {})) for child in children]
    properties = shape.get("properties", {})
    out: dict[str, Any] = {}
    for child in children:
        value = _from_xml(child, properties.get(child.tag, {}))
        if child.tag in out:  # a repeated element: a list
            previous = out[child.tag]
            out[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            out[child.tag] = value
    return out


def _decode(name: str, body: bytes | str, content_type: str) -> dict[str, Any]:
    media_type = _media_type(content_type)
    if media_type not in _CONTENT_TYPES[name]:
        raise WebhookError(f"{name} is sent as {', '.join(_CONTENT_TYPES[name])}, not {media_type or 'no type'}")
    shape = _SHAPES[name]
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        if media_type == "application/json":
            value = json.loads(text)
        elif media_type == "application/xml":
            value = _typed(_from_xml(ElementTree.fromstring(text), shape), shape)
        else:
            value = _typed(_from_form(text), shape)
    except (UnicodeDecodeError, json.JSONDecodeError, ElementTree.ParseError) as error:
        raise WebhookError(f"{name}: the {media_type} body does not parse: {error}") from error
    if not isinstance(value, dict):
        raise WebhookError(f"{name}: the body is {type(value).__name__}, not an object")
    return value


def parse_inbound_message(body: bytes | str, content_type: str = "application/json") -> InboundMessageCallback:
    """Callback Request // Message (inbound): the `inboundMessage` callback's body (application/json, application/x-www-form-urlencoded, application/xml)."""
    data = _decode("inboundMessage", body, content_type)
    try:
        return InboundMessageCallback.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookError(f"inboundMessage: not the documented body ({type(error).__name__}: {error})") from error


def parse_live_call_collect(body: bytes | str, content_type: str = "application/json") -> LiveCollectCallback:
    """Collect Digits callback: the `liveCallCollect` callback's body (application/json)."""
    data = _decode("liveCallCollect", body, content_type)
    try:
        return LiveCollectCallback.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookError(f"liveCallCollect: not the documented body ({type(error).__name__}: {error})") from error


def parse_message_status(body: bytes | str, content_type: str = "application/json") -> MessageStatusWebhook:
    """Outbound Message Status Webhook: the `messageStatus` callback's body (application/json)."""
    data = _decode("messageStatus", body, content_type)
    try:
        return MessageStatusWebhook.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookError(f"messageStatus: not the documented body ({type(error).__name__}: {error})") from error


def parse_voice_callback(body: bytes | str, content_type: str = "application/json") -> VoiceCallbackRequest:
    """Callback Request // Voice: the `voiceCallback` callback's body (application/json, application/x-www-form-urlencoded, application/xml)."""
    data = _decode("voiceCallback", body, content_type)
    try:
        return VoiceCallbackRequest.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookError(f"voiceCallback: not the documented body ({type(error).__name__}: {error})") from error


def parse_webhook_action(body: bytes | str, content_type: str = "application/json") -> VoiceCallbackRequest:
    """WEBHOOK action request: the `webhookAction` callback's body (application/json, application/x-www-form-urlencoded, application/xml)."""
    data = _decode("webhookAction", body, content_type)
    try:
        return VoiceCallbackRequest.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise WebhookError(f"webhookAction: not the documented body ({type(error).__name__}: {error})") from error


PARSERS: dict[str, Callable[[bytes | str, str], object]] = {
    "inboundMessage": parse_inbound_message,
    "liveCallCollect": parse_live_call_collect,
    "messageStatus": parse_message_status,
    "voiceCallback": parse_voice_callback,
    "webhookAction": parse_webhook_action,
}
