"""Apply a seed file to an app before it serves: each control request goes straight to the app.

No lifespan runs here (the server starts it afterwards), so nothing fires yet: what the seed schedules,
if anything, waits in the store for the timeline runner.
"""

from __future__ import annotations

import asyncio

import httpx
from starlette.types import ASGIApp, Receive, Scope, Send

from .loader import Seed, apply_seed


class _DirectTransport(httpx.BaseTransport):
    """A sync httpx transport that runs each request through the ASGI app on a short-lived loop."""

    def __init__(self, app: ASGIApp) -> None:
        async def without_server(scope: Scope, receive: Receive, send: Send) -> None:
            await app({**scope, "server": None}, receive, send)  # no port of its own yet

        self._asgi = httpx.ASGITransport(app=without_server)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()

        async def send() -> httpx.Response:
            response = await self._asgi.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return asyncio.run(send())


def seed_app(app: ASGIApp, seed: Seed, control_token: str | None = None) -> None:
    """Create what `seed` describes in `app` through its control routes (SeedError when refused)."""
    transport = _DirectTransport(app)
    headers = {"Authorization": f"Bearer {control_token}"} if control_token else {}
    base_url = "http://switchboard.seed/_emulator"
    with httpx.Client(base_url=base_url, transport=transport, headers=headers) as control:
        apply_seed(seed, control)
