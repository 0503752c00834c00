"""What the emulator sends to customer servers: every request is recorded; loopback URLs really get it.

Deliveries are queued inside a request's transaction and sent after it commits (Provider.flush_outbox), so a
customer server may call the API back while it answers.
"""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlencode, urlsplit
from xml.sax.saxutils import escape

import httpx
import orjson

from ...core.store import Document, Store
from .tenancy import DIRECTORY, Scope

MAX_RESPONSE_BYTES = 81 * 1024  # Voxology's hard callback response limit


@dataclass(slots=True)
class Answer:
    """What a customer server answered: status None when nothing was sent (not loopback) or it failed."""

    status: int | None
    body: Any = None
    error: str | None = None


def is_loopback(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def enqueue(
    store: Store, scope: Scope, kind: str, endpoint: dict[str, Any], payload: Document, **refs: Any
) -> Document:
    """Record a request to send; `refs` tie it to what it is about (call_id, message_id, ...)."""
    seq = store.next_id(scope.app_ns, "delivery")
    delivery = {
        "id": seq,
        "kind": kind,
        "app_id": scope.app_id,
        "subaccount_id": scope.subaccount_id,
        "url": endpoint.get("url", ""),
        "method": endpoint.get("method", "POST"),
        "content_type": endpoint.get("content_type", "application/json"),
        "headers": endpoint.get("headers") or {},
        "timeout": float(endpoint.get("timeout", 5)),
        "payload": payload,
        "state": "pending",
        "response_status": None,
        "response_body": None,
        "error": None,
        **refs,
    }
    store.put(scope.app_ns, "delivery", f"{seq:08d}", delivery)
    store.put(
        DIRECTORY, "pending_delivery", f"{scope.app_id}:{seq:08d}", {"app_id": scope.app_id, "seq": seq}
    )
    return delivery


def pending(store: Store) -> list[Document]:
    return store.list(DIRECTORY, "pending_delivery")


def is_pending(store: Store, entry: Document) -> bool:
    return store.get(DIRECTORY, "pending_delivery", f"{entry['app_id']}:{entry['seq']:08d}") is not None


def settle(store: Store, entry: Document, answer: Answer) -> Document | None:
    """Record the answer on the delivery and take it off the pending list; the updated delivery."""
    store.delete(DIRECTORY, "pending_delivery", f"{entry['app_id']}:{entry['seq']:08d}")
    key = f"{entry['seq']:08d}"
    ns = f"{DIRECTORY}/{entry['app_id']}"
    delivery = store.get(ns, "delivery", key)
    if delivery is None:
        return None
    delivery["response_status"] = answer.status
    delivery["response_body"] = answer.body
    delivery["error"] = answer.error
    if answer.status is not None:
        delivery["state"] = "delivered"
    elif answer.error is None:
        delivery["state"] = "recorded"  # not a loopback URL: kept for tests to read, never sent
    else:
        delivery["state"] = "failed"
    store.put(ns, "delivery", key, delivery)
    return delivery


def load(store: Store, entry: Document) -> Document | None:
    return store.get(f"{DIRECTORY}/{entry['app_id']}", "delivery", f"{entry['seq']:08d}")


@cache
def _tls() -> ssl.SSLContext:
    """httpx's default verification, built once: loading the CA bundle for every delivery blocked the event
    loop, and so every other request, for tens of milliseconds per callback (seconds under load)."""
    return httpx.create_ssl_context()


async def send(delivery: Document) -> Answer:
    url = delivery["url"]
    if not is_loopback(url):
        return Answer(None)
    method = delivery["method"].upper()
    payload = delivery["payload"]
    headers = {str(k): str(v) for k, v in delivery["headers"].items()}
    kwargs: dict[str, Any] = {}
    if method == "GET" or method == "DELETE":
        kwargs["params"] = flatten(payload)
    elif delivery["content_type"] == "application/x-www-form-urlencoded":
        kwargs["content"] = urlencode(flatten(payload))
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif delivery["content_type"] == "application/xml":
        kwargs["content"] = to_xml("request", payload)
        headers["Content-Type"] = "application/xml"
    else:
        kwargs["content"] = orjson.dumps(payload)
        headers["Content-Type"] = "application/json"
    try:
        async with httpx.AsyncClient(timeout=delivery["timeout"], verify=_tls()) as client:
            response = await client.request(method, url, headers=headers, **kwargs)
    except httpx.HTTPError as error:
        return Answer(None, error=f"{type(error).__name__}: {error}")
    body: Any = None
    if response.content:
        if len(response.content) > MAX_RESPONSE_BYTES:
            return Answer(response.status_code, error="413900: the response exceeded the 81 KB limit")
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = response.text
    return Answer(response.status_code, body)


def flatten(payload: Any, prefix: str = "") -> dict[str, str]:
    """Callback data as form fields or a query string: nested keys joined with dots, key presses as
    `key_presses.{name}={digits}` (their history is not sent this way)."""
    out: dict[str, str] = {}
    if isinstance(payload, dict):
        for key, value in payload.items():
            if key == "key_presses" and not prefix and isinstance(value, list):
                for press in value:
                    out[f"key_presses.{press.get('name')}"] = str(press.get("digits", ""))
            elif key == "recordings" and not prefix and isinstance(value, list):
                for recording in value:
                    out[f"recordings.{recording.get('name')}"] = str(recording.get("id", ""))
            else:
                out.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(payload, list):
        for index, value in enumerate(payload):
            out.update(flatten(value, f"{prefix}{index}."))
    else:
        out[prefix[:-1]] = (
            "" if payload is None else str(payload).lower() if isinstance(payload, bool) else str(payload)
        )
    return out


def to_xml(tag: str, value: Any) -> str:
    if isinstance(value, dict):
        inner = "".join(to_xml(str(k).strip(), v) for k, v in value.items())
    elif isinstance(value, list):
        inner = "".join(to_xml("item", v) for v in value)
    else:
        inner = "" if value is None else escape(str(value).lower() if isinstance(value, bool) else str(value))
    return f"<{tag}>{inner}</{tag}>"
