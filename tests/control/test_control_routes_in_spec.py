"""The control spec describes exactly the control routes the app mounts under /_emulator: none missing,
none invented."""

from __future__ import annotations

import re

from starlette.routing import BaseRoute, Mount, Route

from codegen.apis import find
from emulator.app import create_app
from emulator.core.environment import Settings
from emulator.core.specs import load_spec

SPEC_METHODS = ("get", "put", "post", "delete", "patch")
CONTROL_PREFIX = "/_emulator"


def _template(path: str) -> str:
    """A Starlette path as an OpenAPI template: `{user_id:int}` is `{user_id}`."""
    return re.sub(r"\{(\w+):\w+\}", r"{\1}", path)


def _walk(routes: list[BaseRoute], prefix: str) -> set[str]:
    found: set[str] = set()
    for route in routes:
        if isinstance(route, Mount):
            found |= _walk(list(route.routes), prefix + route.path)
        elif isinstance(route, Route):
            # Starlette adds HEAD to every GET route itself; the spec lists the methods a route declares.
            methods = (route.methods or set()) - {"HEAD"}
            found |= {f"{method} {_template(prefix + route.path)}" for method in methods}
    return found


def mounted_control_routes() -> set[str]:
    app = create_app(Settings(rate_limit=False))
    fallback = app._fallback
    mounts = [r for r in fallback.routes if isinstance(r, Mount) and r.path == CONTROL_PREFIX]  # type: ignore[attr-defined]
    assert len(mounts) == 1, "the app mounts the control API once, at /_emulator"
    return {entry.replace(CONTROL_PREFIX, "", 1) for entry in _walk(list(mounts[0].routes), CONTROL_PREFIX)}


def specified_routes() -> set[str]:
    paths = load_spec(find("switchboard-control").id)["paths"]
    return {
        f"{method.upper()} {path}"
        for path, item in paths.items()
        for method in SPEC_METHODS
        if method in item
    }


def test_every_mounted_control_route_is_in_the_spec() -> None:
    missing = mounted_control_routes() - specified_routes()
    assert not missing, f"control routes the spec does not describe: {sorted(missing)}"


def test_every_specified_route_is_mounted() -> None:
    invented = specified_routes() - mounted_control_routes()
    assert not invented, f"spec operations no control route serves: {sorted(invented)}"


def test_the_walk_sees_provider_and_core_routes() -> None:
    """The comparison is only worth something if the walk reaches into the providers' mounts."""
    mounted = mounted_control_routes()
    assert "POST /clock" in mounted
    assert "PATCH /voximplant-management/accounts/{account_id}/users/{user_id}/acd-status" in mounted
    assert len(mounted) == len(specified_routes()) > 100
