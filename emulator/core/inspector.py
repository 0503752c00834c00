"""The inspector page (/_emulator/ui): calls, timeline, deliveries, journal and clock, live.

The page is static HTML and JavaScript shipped in the package (no network). It follows a server-sent
event stream (/_emulator/ui/events) that sends the whole state whenever it changes, checked a few times a
second while a page is open (and never otherwise); /_emulator/ui/state answers the same state once.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from .control_base import ControlError
from .environment import Environment
from .journal import JournalQuery
from .jsontext import dumps
from .outbox import KIND as DELIVERY_KIND
from .outbox import NAMESPACE as OUTBOX_NS
from .provider import Provider

log = logging.getLogger("switchboard.inspector")

STATIC = Path(__file__).resolve().parent / "inspector_static"
FILES = {"inspector.js": "text/javascript", "inspector.css": "text/css"}
TICK_S = 0.25  # how often an open stream looks for changes (wall time)
STREAM_S = (
    30.0  # a stream ends after this long and the browser reconnects at once: a shutdown never waits long
)
NEWEST = 50  # deliveries, journal entries and pending events shown


def snapshot(env: Environment, providers: list[Provider]) -> dict[str, Any]:
    calls: list[dict[str, Any]] = []
    for provider in providers:
        try:
            calls += provider.inspector_calls()
        except Exception:  # one provider's stored shape must not blank the whole page
            log.exception("inspector_calls of %s failed", provider.api_id)
    deliveries = [
        {
            key: delivery.get(key)
            for key in ("id", "api", "tenant", "kind", "method", "url", "state", "response_status", "error")
        }
        | {"attempts": len(delivery.get("attempts") or []), "created_at": delivery.get("created_at")}
        for delivery in env.store.page(OUTBOX_NS, DELIVERY_KIND, 0, NEWEST, newest_first=True)
    ]
    journal = [
        {key: entry[key] for key in ("id", "at", "api", "operation", "method", "path", "status", "fault")}
        | {"duration_ms": entry["duration_ms"]}
        for entry in env.journal.entries(JournalQuery(limit=NEWEST))
    ]
    return {
        "clock": {"now": env.clock.now().isoformat(), "time": env.clock.time(), "frozen": env.clock.frozen},
        "calls": calls,
        "timeline": {
            "pending": [{"due": e.due, "topic": e.topic, "key": e.key} for e in env.store.events(NEWEST)],
            "failures": list(env.timeline.failures),
        },
        "deliveries": deliveries,
        "journal": journal[::-1],
        "faults": [rule.to_json() for rule in env.faults.rules()],
    }


def inspector_routes(env: Environment, providers: list[Provider]) -> list[BaseRoute]:
    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in FILES:
            raise ControlError(404, f"the inspector has no file {name}")
        return FileResponse(STATIC / name, media_type=FILES[name])

    async def state(request: Request) -> Response:
        return JSONResponse(snapshot(env, providers))

    async def events(request: Request) -> Response:
        async def stream() -> AsyncIterator[bytes]:
            yield b"retry: 500\n\n"
            last, ends = b"", time.monotonic() + STREAM_S
            while time.monotonic() < ends:
                body = dumps(snapshot(env, providers))
                digest = hashlib.blake2b(body, digest_size=16).digest()
                if digest != last:
                    last = digest
                    yield b"event: state\ndata: " + body + b"\n\n"
                await asyncio.sleep(TICK_S)

        headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)

    return [
        Route("/ui", page, methods=["GET"]),
        Route("/ui/state", state, methods=["GET"]),
        Route("/ui/events", events, methods=["GET"]),
        Route("/ui/static/{name}", static, methods=["GET"]),
    ]
