"""What every control route shares: its error, and reading and checking a JSON body."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise ControlError(400, f"body is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ControlError(400, "body must be a JSON object")
    return data


def whole_number(value: Any) -> Any:
    """5.0 as the integer 5 (JSON Schema counts it an integer, so the control API does too); any other
    value as it is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def control_field(data: dict[str, Any], name: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    """`data[name]` checked against `kind` (a bool passes only where bool is asked for, though Python
    counts it an int); `default` when absent, or a 400 when the field is required (no default)."""
    if name not in data:
        if default is ...:
            raise ControlError(400, f"{name} is required")
        return default
    value = data[name]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if int in kinds and float not in kinds:
        value = data[name] = whole_number(value)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise ControlError(400, f"{name} has the wrong type")
    return value


def checked_settings(data: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """`data` when it names only settings of `defaults`, each of its default's type (a whole number
    where the default is a float too); a 400 saying which otherwise, so a stored setting never breaks a
    later request."""
    unknown = set(data) - set(defaults)
    if unknown:
        raise ControlError(400, f"unknown settings: {', '.join(sorted(unknown))}")
    for name, value in data.items():
        default = defaults[name]
        if default is None:
            continue
        kinds: tuple[type, ...] = (int, float) if isinstance(default, float) else (type(default),)
        if not isinstance(value, kinds) or (isinstance(value, bool) and not isinstance(default, bool)):
            raise ControlError(
                400, f"{name} must be a {type(default).__name__}, like its default {default!r}"
            )
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise ControlError(400, f"{name} is a list of strings")
    return data


def control_error_response(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ControlError)
    return JSONResponse({"error": exc.message}, status_code=exc.status)
