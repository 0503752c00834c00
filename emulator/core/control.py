"""The control API under /_emulator/: for tests, not part of any vendor's API."""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from .control_base import ControlError, control_error_response, control_field, json_body
from .environment import Environment
from .faults_control import faults_routes
from .inspector import inspector_routes
from .provider import Provider
from .world_control import world_routes

# The latest the clock may be advanced to: dates past it (and a year on, which some providers add) would
# not fit in a datetime, whose years end at 9999.
CLOCK_LIMIT = datetime(9000, 1, 1, tzinfo=UTC).timestamp()

# Providers' control routes take these from here.
__all__ = ["ControlError", "control_error_response", "control_field", "control_routes", "json_body"]


def control_routes(env: Environment, providers: list[Provider]) -> list[BaseRoute]:
    async def settings(request: Request) -> Response:
        if request.method == "PATCH":
            data = await json_body(request)
            if "rate_limit" in data:
                env.settings.rate_limit = control_field(data, "rate_limit", bool)
                env.limiter.reset()
                env.share_settings()
            if "clock" in data:
                mode = control_field(data, "clock", str)
                if mode not in ("real", "frozen"):
                    raise ControlError(400, f"clock must be 'real' or 'frozen', got {mode!r}")
                env.clock.freeze() if mode == "frozen" else env.clock.unfreeze()
                env.timeline.wake()
        return JSONResponse(
            {
                "rate_limit": env.settings.rate_limit,
                "clock": "frozen" if env.clock.frozen else "real",
                "clock_offset": env.clock.offset,
            }
        )

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            data = await json_body(request)
            seconds = data.get("advance_seconds")
            if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not 0 <= seconds <= 1e11:
                raise ControlError(400, "advance_seconds must be a number of seconds from 0 to 1e11")
            if env.clock.time() + seconds > CLOCK_LIMIT:
                raise ControlError(400, "advance_seconds would take the emulator clock past 9000-01-01")
            fired = await env.timeline.advance(float(seconds))
        else:
            fired = 0
        return JSONResponse(
            {
                "now": env.clock.now().isoformat(),
                "time": env.clock.time(),
                "offset": env.clock.offset,
                "frozen": env.clock.frozen,
                "fired": fired,
                "next_event_at": env.store.next_due(),
            }
        )

    async def reset(request: Request) -> Response:
        with env.store.transaction():
            journal_ids = env.journal.last_id  # ids go on counting across a reset
            env.store.clear()  # the rate-limit buckets, the timeline's failures and a shared journal with it
            env.journal.clear(ids_after=journal_ids)
        env.limiter.reset()
        env.clock.reset()  # back to real time too: expiry and limits windows start afresh
        env.faults.clear()  # rules are test configuration: a new world
        if env.settings.demo:
            for provider in providers:
                with env.store.transaction():
                    provider.seed_demo()
        env.timeline.wake()
        return Response(status_code=204)

    routes: list[BaseRoute] = [
        Route("/settings", settings, methods=["GET", "PATCH"]),
        Route("/clock", clock, methods=["GET", "POST"]),
        Route("/reset", reset, methods=["POST"]),
        *world_routes(env),
        *faults_routes(env),
        *inspector_routes(env, providers),
    ]
    routes += [Mount(f"/{p.api_id}", routes=p.control_routes()) for p in providers]
    return routes
