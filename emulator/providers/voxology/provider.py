"""Voxology behaviour: Basic or X-API-Key per operation, Voxology's error format, and the webhook outbox."""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from ...core.auth import parse_basic, secrets_match
from ...core.errors import ApiError
from ...core.provider import Reply, RequestView
from . import outbox
from .config_api import ConfigApi
from .control import control_routes
from .demo import seed_demo
from .errors import fail, render
from .inspect import inspector_calls
from .live_api import LiveApi
from .tenancy import PARENT, Scope, find_account_by_user, get_app_by_key

MAX_ROUNDS = 50  # delivery rounds per request: a customer server that always answers more work is cut off


class VoxologyProvider(LiveApi, ConfigApi):
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
        seed_demo(self.store, self.clock.time())

    def control_routes(self) -> list[BaseRoute]:
        return control_routes(self)

    def inspector_calls(self) -> list[dict[str, Any]]:
        return inspector_calls(self.store)

    async def flush_outbox(self) -> None:
        for _ in range(MAX_ROUNDS):
            entries = outbox.pending(self.store)
            if not entries:
                return
            for entry in entries:
                delivery = outbox.load(self.store, entry)
                answer = await outbox.send(delivery) if delivery is not None else outbox.Answer(None)
                with self.store.transaction():
                    settled = outbox.settle(self.store, entry, answer)
                    if settled is not None:
                        scope = Scope(settled["app_id"], settled["subaccount_id"], "")
                        self.on_answer(scope, settled)
        with self.store.transaction():  # still more: record the rest undelivered rather than loop forever
            for entry in outbox.pending(self.store):
                outbox.settle(self.store, entry, outbox.Answer(None, error="too many callback rounds"))

    def parent_scope(self, app: dict[str, Any]) -> Scope:
        return Scope(app["app_id"], PARENT, app["account_id"])
