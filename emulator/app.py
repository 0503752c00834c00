"""The one ASGI app: every API at its real base path, the control API, and the docs site."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from .core.api_app import ApiApp
from .core.control import ControlError, control_error_response, control_routes
from .core.control_guard import control_guard
from .core.environment import Environment, Settings
from .core.intercept import InterceptedApi
from .core.jsonrpc_app import JsonRpcApp
from .core.jsonrpc_provider import JsonRpcProvider
from .core.provider import Provider
from .providers import PROVIDERS

DEFAULT_DOCS_DIR = Path(__file__).resolve().parents[1] / "site"


class ServedApi(Protocol):
    base_path: str

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None: ...

    def operation_of(self, scope: Scope, body: bytes) -> str | None: ...


def _jsonrpc_app(provider: Provider, env: Environment) -> ServedApi:
    assert isinstance(provider, JsonRpcProvider), f"{provider.api_id} serves openrpc.yaml: a JsonRpcProvider"
    return JsonRpcApp(provider, env)


# The app that serves a provider, by the kind of spec it is described by.
APP_FACTORIES: dict[str, Callable[[Any, Environment], ServedApi]] = {
    "openapi.yaml": ApiApp,
    "openrpc.yaml": _jsonrpc_app,
}


class Switchboard:
    """Dispatches by base path to the API apps; everything else goes to a small Starlette app."""

    def __init__(self, env: Environment, providers: list[Provider], fallback: ASGIApp) -> None:
        self.env = env
        self.providers = providers
        self.apis = [APP_FACTORIES[provider.spec_filename](provider, env) for provider in providers]
        # What is served: each API behind fault injection and the request journal.
        pairs = zip(providers, self.apis, strict=True)
        self.served = [InterceptedApi(api, provider.api_id, env) for provider, api in pairs]
        self._fallback = fallback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.env.sync_shared()  # another process sharing the store may have moved the clock
            server = scope.get("server")
            if server and server[1] is not None:
                self.env.destinations.own_ports.add(server[1])  # callbacks never come back here
            path: str = scope["path"]
            for api in self.served:
                if path.startswith(api.base_path) and (
                    len(path) == len(api.base_path) or path[len(api.base_path)] == "/"
                ):
                    await api(scope, receive, send)
                    return
        await self._fallback(scope, receive, send)


def create_app(settings: Settings | None = None) -> Switchboard:
    settings = settings or Settings()
    env = Environment.create(settings)
    providers = [provider_class(env) for provider_class in PROVIDERS]
    if settings.demo:
        for provider in providers:
            with env.store.transaction():
                provider.seed_demo()

    docs_dir = settings.docs_dir or DEFAULT_DOCS_DIR

    async def index(request: Request) -> Response:
        return JSONResponse(
            {
                "apis": {p.api_id: api.base_path for p, api in zip(providers, app.apis, strict=True)},
                "control": "/_emulator",
                "docs": "/docs/",
            }
        )

    async def not_found(request: Request) -> Response:
        return JSONResponse({"message": f"Nothing is served at {request.url.path}"}, status_code=404)

    routes: list[BaseRoute] = [
        Route("/", index),
        Mount(
            "/_emulator",
            routes=control_routes(env, providers),
            middleware=control_guard(settings.control_token),
        ),
        Route("/docs", lambda request: RedirectResponse("/docs/")),
    ]
    if docs_dir.is_dir():
        routes.append(Mount("/docs", StaticFiles(directory=docs_dir, html=True)))
    else:

        async def docs_not_built(request: Request) -> Response:
            message = f"The docs site is not built ({docs_dir} is missing): run `nox -s docs`."
            return JSONResponse({"message": message}, status_code=404)

        routes.append(Route("/docs/{path:path}", docs_not_built))
    routes.append(Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        env.timeline.start()  # fires what is due (a restart resumes the events kept in the store)
        yield
        await env.timeline.stop()
        env.store.close()

    fallback = Starlette(
        routes=routes, exception_handlers={ControlError: control_error_response}, lifespan=lifespan
    )
    app = Switchboard(env, providers, fallback)
    return app
