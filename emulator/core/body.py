"""Reading request bodies: bounded in size and in time, parsed as JSON or as a form."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.datastructures import FormData, UploadFile
from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive

from .errors import ApiError
from .jsontext import loads
from .operations import BodyMedia, Coercion, coerce_scalar
from .provider import UploadedFile

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
# ApiError.details["kind"] tells providers what went wrong, for vendors whose error codes distinguish it.
UNPARSEABLE = {"kind": "unparseable"}


class BodyError(Exception):
    """A body refused while it is read: too large (413) or not sent in time (408)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def api_error(self) -> ApiError:
        # After a body that stopped short the connection cannot carry another request (RFC 9110, 408).
        headers = {"Connection": "close"} if self.status == 408 else {}
        return ApiError(self.status, self.message, headers=headers, details={"kind": "body"})


async def receive_body(receive: Receive, headers: dict[str, str], limit: int, timeout: float) -> bytes:
    """The whole body; each wait for more of it is bounded by `timeout` seconds (as nginx's
    client_body_timeout is), so a client that promises more than it sends cannot hold a request open."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyError(413, f"Request body is larger than {limit} bytes")
    if declared in ("", "0") and "transfer-encoding" not in headers:
        # No body (RFC 9112 6.3): the server's one message is already there, no wait to bound; this is
        # most requests (GETs), and a timer per read cost more than the rest of reading.
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        return bytes(message.get("body", b""))
    raw = bytearray()
    while True:
        try:
            async with asyncio.timeout(timeout):  # a timer, not the task asyncio.wait_for starts
                message = await receive()
        except TimeoutError:
            raise BodyError(408, f"The request body was not received within {timeout:g} s") from None
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        raw.extend(message.get("body", b""))
        if len(raw) > limit:
            raise BodyError(413, f"Request body is larger than {limit} bytes")
        if not message.get("more_body", False):
            return bytes(raw)


async def read_raw(request: Request, headers: dict[str, str], limit: int, timeout: float) -> bytes:
    """The body, read once per request: Starlette's form parser reuses what was read."""
    if not hasattr(request, "_body"):
        try:
            request._body = await receive_body(request.receive, headers, limit, timeout)
        except BodyError as error:
            raise error.api_error() from None
    body: bytes = request._body
    return body


def parse_json(raw: bytes) -> Any:
    try:
        return loads(raw)
    except orjson.JSONDecodeError as error:
        raise ApiError(400, f"Request body is not valid JSON: {error}", details=UNPARSEABLE) from None


@dataclass(slots=True)
class ParsedBody:
    value: Any
    media: BodyMedia | None
    files: dict[str, UploadedFile]
    present: bool
    form: dict[str, Any] = field(default_factory=dict)  # form fields outside any body schema (credentials)


async def parse_form(request: Request, details: dict[str, Any] | None = None) -> FormData:
    try:
        return await request.form(max_files=10, max_fields=1000)
    except Exception as error:  # malformed multipart surfaces as several parser exception types
        raise ApiError(400, f"Request body is not valid form data: {error}", details=details) from None


async def raw_form(request: Request) -> dict[str, str]:
    form = await parse_form(request)
    return {key: value for key, value in form.multi_items() if isinstance(value, str)}


async def form_body(
    request: Request, schema: dict[str, Any], files: dict[str, UploadedFile], wire: Coercion
) -> Any:
    form = await parse_form(request, details=UNPARSEABLE)
    body: dict[str, Any] = {}
    properties = schema.get("properties", {})
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read()
            files[key] = UploadedFile(value.filename or key, value.content_type or "", data)
            # Files validate as text: the schema describes them as strings with a content type.
            body[key] = data.decode("utf-8", errors="replace")
        else:
            body[key] = coerce_scalar(value, properties.get(key, {"type": "string"}), wire)
    return body
