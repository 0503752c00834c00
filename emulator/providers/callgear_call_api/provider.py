"""CallGear Call API behaviour at /v4.0: sessions (login.user, logout.user), call making, call
management, points limits; the demo account and the control API."""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from ...core.jsonrpc_provider import RpcCall
from . import accounts
from .accounts import SESSION_SECONDS
from .control import control_routes
from .demo import seed_demo
from .inspect import inspector_calls
from .making import CallMaking
from .management import CallManagement


class CallgearCallApiProvider(CallMaking, CallManagement):
    """The whole provider: call making and call management, plus the two authentication methods."""

    def seed_demo(self) -> None:
        seed_demo(self)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    def inspector_calls(self) -> list[dict[str, Any]]:
        return inspector_calls(self.store)

    # --- Authentication ----------------------------------------------------------------------------

    def login_user(self, call: RpcCall) -> Any:
        expires_at = int(self.clock.time()) + SESSION_SECONDS
        token = {
            "token": accounts.new_session_token(),
            "login": call.principal["user"]["login"],
            "account_id": call.principal["account"]["id"],
            "kind": "session",
            "expires_at": expires_at,
            "revoked": False,
            "blocked": False,
        }
        accounts.put_token(self.store, token)
        return {"data": {"access_token": token["token"], "expire_at": expires_at}}

    def logout_user(self, call: RpcCall) -> Any:
        token = call.principal["token"]
        if token["kind"] == "session":  # a permanent key outlives sessions; it is blocked in the client area
            accounts.put_token(self.store, {**token, "revoked": True})
        return {"data": {"success": True}}
