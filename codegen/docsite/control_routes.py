"""The control API page's table of every route under /_emulator/, read from the emulator's own routing so
that the page lists exactly what the emulator serves (the generic routes and each provider's)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

from starlette.routing import BaseRoute, Mount, Route

MARKER = "<!-- control-routes -->"
PREFIX = "/_emulator"


def _walk(routes: list[BaseRoute], prefix: str) -> Iterator[tuple[str, str, str]]:
    for route in routes:
        if isinstance(route, Mount):
            yield from _walk(list(route.routes), prefix + route.path)
        elif isinstance(route, Route):
            methods = ", ".join(m for m in sorted(route.methods or ()) if m != "HEAD")
            doc = inspect.getdoc(route.endpoint) or ""
            yield methods, prefix + route.path, doc.split("\n\n", 1)[0].replace("\n", " ")


def routes() -> list[tuple[str, str, str]]:
    """(methods, path, first paragraph of the handler's docstring) of every control route."""
    from emulator.app import create_app  # the emulator's routing is the source of truth
    from emulator.core.control import control_routes
    from emulator.core.environment import Settings

    app = create_app(Settings(demo=False))
    try:
        return list(_walk(control_routes(app.env, app.providers), PREFIX))
    finally:
        app.env.store.close()


def table(api_ids: tuple[str, ...] = ()) -> str:
    """The routes as Markdown tables: the generic ones, then one table per API (``api_ids``, in order)."""
    groups: dict[str, list[tuple[str, str, str]]] = {"": []}
    for api_id in api_ids:
        groups[api_id] = []
    for methods, path, doc in routes():
        first = path[len(PREFIX) + 1 :].split("/", 1)[0]
        groups.setdefault(first if first in api_ids else "", []).append((methods, path, doc))
    out: list[str] = []
    for group, rows in groups.items():
        if not rows:
            continue
        out += [
            "",
            f"### {f'`{group}`' if group else 'Every API'}",
            "",
            "| method | route | note |",
            "| --- | --- | --- |",
        ]
        for methods, path, doc in rows:
            escaped = doc.replace("|", "\\|")
            out.append(f"| {methods} | `{path}` | {escaped} |")
    return "\n".join(out).lstrip("\n")


def fill(page: str, api_ids: tuple[str, ...]) -> str:
    """The page with its marker replaced by the route tables (unchanged when it has no marker)."""
    return page.replace(MARKER, table(api_ids), 1) if MARKER in page else page
