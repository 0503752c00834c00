"""An optional bearer token in front of the control API, which hands out credentials and resets state."""

from __future__ import annotations

import hmac

from starlette.middleware import Middleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send


class ControlGuard:
    """Lets a request through only with `Authorization: Bearer <token>`."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self._authorized(scope):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            message = "the control API needs Authorization: Bearer <the --control-token of this server>"
            response = JSONResponse(
                {"error": message}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _authorized(self, scope: Scope) -> bool:
        given = next((value for name, value in scope["headers"] if name == b"authorization"), b"")
        # Constant time, so the token cannot be guessed a byte at a time from response times.
        return hmac.compare_digest(given, self._expected)


def control_guard(token: str | None) -> list[Middleware]:
    """The middleware of the /_emulator mount: none without a token (the control API stays open)."""
    return [Middleware(ControlGuard, token=token)] if token else []
