"""Voxology's error format, with the codes and texts of the documentation's error tables (from the spec)."""

from __future__ import annotations

import uuid
from functools import cache
from typing import Any

from ...core.errors import ApiError
from ...core.provider import Reply
from ...core.specs import load_spec
from .tenancy import API_ID

# What the core's own refusals become: (code, message) by what went wrong.
_CORE_CODES = {
    "unparseable": (400010, "Parsing Error"),
    "no_route": (404001, "Not Found"),
    "method": (405001, "Method Not Found"),
}
_BY_STATUS = {
    400: (400001, "Validation Error"),
    401: (401001, "Failed Authentication"),
    403: (403001, "Forbidden"),
    404: (404002, "Not Found"),
    405: (405001, "Method Not Found"),
    413: (400999, "Request Entity Too Large"),
    429: (400429, "Too Many Requests"),
}


@cache
def documented_errors() -> dict[int, dict[str, Any]]:
    """Every error of the documentation's tables, by code: status, message, help and user_message.

    A code is listed under its own status (404254 is the Caller ID 404) even where the documentation reuses it
    with another status (the duplicate Caller ID 400); `documented_error` finds the other uses."""
    found: dict[int, dict[str, Any]] = {}
    for value in _examples():
        code = value["code"]
        if code not in found or (value["status"] == code // 1000 != found[code]["status"]):
            found[code] = value
    return found


@cache
def _examples() -> tuple[dict[str, Any], ...]:
    found = []
    for response in load_spec(API_ID)["components"]["responses"].values():
        for example in response["content"]["application/json"]["examples"].values():
            found.append(example["value"])
    return tuple(found)


def documented_error(code: int, status: int | None = None) -> dict[str, Any]:
    """The documented error with this code, and this status where the documentation uses the code twice."""
    if status is not None:
        for value in _examples():
            if value["code"] == code and value["status"] == status:
                return value
    return documented_errors()[code]


def fail(
    code: int, help_text: str | None = None, *, message: str | None = None, status: int | None = None
) -> ApiError:
    """The documented error `code`; `help_text` fills the table's [Custom Message] with what went wrong."""
    entry = documented_error(code, status)
    details = {"code": code, "message": message or entry["message"], "help": help_text or entry["help"]}
    details["user_message"] = help_text if code == 400001 and help_text else entry["user_message"]
    return ApiError(status or entry["status"], str(details["help"]), details=details)


def invalid(help_text: str) -> ApiError:
    """400001 Validation Error, saying what failed validation."""
    return fail(400001, help_text)


def render(error: ApiError) -> Reply:
    details = error.details
    if "code" in details:
        code, message = details["code"], details["message"]
        help_text, user_message = details["help"], details["user_message"]
    else:
        code, message = _CORE_CODES.get(details.get("kind", ""), _BY_STATUS.get(error.status, (0, "Error")))
        if not code:
            code = error.status * 1000 + 999
        help_text = error.message
        documented = documented_errors().get(code)
        user_message = error.message if code == 400001 or documented is None else documented["user_message"]
    body = {
        "ref_id": uuid.uuid4().hex[:25],
        "status": error.status,
        "code": code,
        "message": message,
        "help": help_text,
        "user_message": user_message,
    }
    return Reply(status=error.status, body=body, headers=error.headers)
