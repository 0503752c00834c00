"""Voxology behaviour: Basic or X-API-Key per operation, Voxology's error format, and the world's timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.routing import BaseRoute

from ...core.auth import parse_basic, secrets_match
from ...core.errors import ApiError
from ...core.provider import Reply, RequestView
from .account_api import AccountApi
from .base import REPLY
from .config_api import ConfigApi
from .control import control_routes
from .demo import seed_demo
from .errors import fail, render
from .history import HISTORIES
from .inspect import inspector_calls
from .numbers_api import NumbersApi
from .rooms_api import RoomsApi
from .tenancy import PARENT, Scope, find_account_by_user, get_app_by_key

if TYPE_CHECKING:
    from ...core.environment import Environment


class VoxologyProvider(RoomsApi, AccountApi, NumbersApi, ConfigApi):
    def __init__(self, env: Environment) -> None:
        super().__init__(env)
        # Look-ups a request makes by value, so that its cost does not grow with what is stored.
        self.store.index("call", "status")
        self.store.index("conference", "id")
        self.store.index("recording", "x_call_id")
        self.store.index("message", "external_id", "external_group_id")
        for kind in HISTORIES:
            self.store.index(kind, "x_hour")
        self.register_lifecycle()
        self.register_engine()
        self.register_messages()
        env.timeline.on(REPLY, self.on_reply)

    def authenticate(self, request: RequestView) -> Any:
        schemes = {name for requirement in request.security for name in requirement}
        if "basicAuth" in schemes:
            credentials = parse_basic(request.headers.get("authorization"))
            account = find_account_by_user(self.store, credentials[0]) if credentials else None
            if (
                account is None
                or credentials is None
                or not secrets_match(credentials[1], account["x_password"])
            ):
                raise fail(401002)
            return account
        key = request.headers.get("x-api-key")
        app = get_app_by_key(self.store, key) if key else None
        if app is None:
            raise fail(401001)
        return app

    def render_error(self, error: ApiError) -> Reply:
        return render(error)

    def seed_demo(self) -> None:
        seed_demo(self)

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    def inspector_calls(self) -> list[dict[str, Any]]:
        return inspector_calls(self.store)

    def parent_scope(self, app: dict[str, Any]) -> Scope:
        return Scope(app["app_id"], PARENT, app["account_id"])
