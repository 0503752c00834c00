"""Send control requests to a provider's own control routes from inside the emulator, synchronously.

A provider's seed_demo() runs both at start-up and inside the async /_emulator/reset handler, where no
event loop can be started. Control routes never wait on anything (a body already read, a store
transaction, a JSON answer), so their coroutine runs to its end in one step; one that would suspend is
a programming error, reported as such rather than left half done.
"""

from __future__ import annotations

from typing import Any

import httpx
from starlette.routing import Mount, Router
from starlette.types import Message

from ..core.control_base import ControlError
from ..core.provider import Provider


class InlineTransport(httpx.BaseTransport):
    """An httpx transport running each request through `router` in the caller's own thread."""

    def __init__(self, router: Router) -> None:
        self._router = router

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        sent: list[Message] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            sent.append(message)

        scope: dict[str, Any] = {
            "type": "http",
            "method": request.method,
            "path": request.url.path,
            "raw_path": request.url.raw_path,
            "root_path": "",
            "query_string": request.url.query,
            "headers": [(k.lower(), v) for k, v in request.headers.raw],
            "server": None,
            "client": None,
            "scheme": "http",
            "http_version": "1.1",
        }
        step = self._router(scope, receive, send)
        try:
            step.send(None)
        except StopIteration:
            pass
        except ControlError as error:  # the app's own handler is not in this router: answer as it does
            return httpx.Response(error.status, json={"error": error.message})
        else:
            step.close()
            raise RuntimeError(f"{request.method} {request.url.path} waited on something while seeding")
        start = next(m for m in sent if m["type"] == "http.response.start")
        content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        return httpx.Response(start["status"], headers=start.get("headers", []), content=content)


def provider_control(provider: Provider) -> httpx.Client:
    """A client whose base URL is /_emulator, reaching only `provider`'s control routes."""
    router = Router(routes=[Mount(f"/_emulator/{provider.api_id}", routes=provider.control_routes())])
    return httpx.Client(base_url="http://switchboard.inline/_emulator", transport=InlineTransport(router))
