"""The control API under /_emulator/: for tests, not part of any vendor's API."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from .environment import Environment
from .provider import Provider


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


def control_field(data: dict[str, Any], name: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    """`data[name]` checked against `kind` (a bool passes only where bool is asked for, though Python
    counts it an int); `default` when absent, or a 400 when the field is required (no default)."""
    if name not in data:
        if default is ...:
            raise ControlError(400, f"{name} is required")
        return default
    value = data[name]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise ControlError(400, f"{name} has the wrong type")
    return value


def control_error_response(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ControlError)
    return JSONResponse({"error": exc.message}, status_code=exc.status)


def control_routes(env: Environment, providers: list[Provider]) -> list[BaseRoute]:
    async def settings(request: Request) -> Response:
        if request.method == "PATCH":
            data = await json_body(request)
            if "rate_limit" in data:
                if not isinstance(data["rate_limit"], bool):
                    raise ControlError(400, "rate_limit must be a boolean")
                env.settings.rate_limit = data["rate_limit"]
                env.limiter.reset()
        return JSONResponse({"rate_limit": env.settings.rate_limit, "clock_offset": env.clock.offset})

    async def clock(request: Request) -> Response:
        data = await json_body(request)
        seconds = data.get("advance_seconds")
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
            raise ControlError(400, "advance_seconds must be a non-negative number")
        env.clock.advance(float(seconds))
        return JSONResponse({"now": env.clock.now().isoformat(), "offset": env.clock.offset})

    async def reset(request: Request) -> Response:
        env.store.clear()
        env.limiter.reset()
        env.clock.reset()  # back to real time too: expiry and limits windows start afresh
        if env.settings.demo:
            for provider in providers:
                with env.store.transaction():
                    provider.seed_demo()
        return Response(status_code=204)

    routes: list[BaseRoute] = [
        Route("/settings", settings, methods=["GET", "PATCH"]),
        Route("/clock", clock, methods=["POST"]),
        Route("/reset", reset, methods=["POST"]),
    ]
    routes += [Mount(f"/{p.api_id}", routes=p.control_routes()) for p in providers]
    return routes
