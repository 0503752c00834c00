"""The emulator in this process with no port: its own event loop in a thread, reached through httpx.

The app's lifespan runs on that loop, so its timeline runner fires due events (callbacks included)
exactly as under a server. One transport object serves sync and async httpx clients alike, so a
generated client's `httpx_args={"transport": ...}` works for both its `sync` and `asyncio` calls.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

import httpx
from starlette.types import Message, Receive, Scope, Send

from ..app import Switchboard, create_app
from ..core.environment import Settings

T = TypeVar("T")

IN_PROCESS_URL = "http://switchboard.test"  # never resolved: the transport answers every request itself


class InProcessEmulator:
    """`create_app` on a private event loop, started through its ASGI lifespan."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.app: Switchboard = create_app(settings or Settings(rate_limit=False))
        self.url = IN_PROCESS_URL
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="switchboard", daemon=True)
        self._lifespan_messages: asyncio.Queue[Message] | None = None
        self._lifespan_task: asyncio.Future[None] | None = None
        self._asgi = httpx.ASGITransport(app=self._without_server)
        self.transport = BridgeTransport(self)

    def start(self) -> InProcessEmulator:
        self._thread.start()
        self.run(self._startup())
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self.run(self._shutdown())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop.close()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the emulator's loop from any other thread; its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """One request through the app, its body read in full on the emulator's loop."""
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    async def _without_server(self, scope: Scope, receive: Receive, send: Send) -> None:
        # No socket: the app must not take the transport's made-up port for its own (callbacks to a
        # customer server on loopback port 80 would be refused as loops back to the emulator).
        await self.app({**scope, "server": None}, receive, send)

    async def _startup(self) -> None:
        inbox: asyncio.Queue[Message] = asyncio.Queue()
        outbox: asyncio.Queue[Message] = asyncio.Queue()
        self._lifespan_messages = inbox

        async def receive() -> Message:
            return await inbox.get()

        async def send(message: Message) -> None:
            await outbox.put(message)

        scope: Scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
        self._lifespan_task = asyncio.ensure_future(self.app(scope, receive, send))
        self._lifespan_outbox = outbox
        await inbox.put({"type": "lifespan.startup"})
        answer = await outbox.get()
        if answer["type"] != "lifespan.startup.complete":
            raise RuntimeError(f"the emulator did not start: {answer.get('message', answer['type'])}")

    async def _shutdown(self) -> None:
        if self._lifespan_messages is None or self._lifespan_task is None:
            return
        await self._lifespan_messages.put({"type": "lifespan.shutdown"})
        await self._lifespan_outbox.get()
        await self._lifespan_task


class BridgeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands each request to the in-process emulator, from a sync client or from any event loop."""

    def __init__(self, emulator: InProcessEmulator) -> None:
        self._emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._emulator.run(self._emulator.handle(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await asyncio.wrap_future(self._emulator.submit(self._emulator.handle(request)))
