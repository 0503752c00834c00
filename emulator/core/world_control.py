"""Control routes of the simulated world: the far-end model, the delivery log and pending events."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .control_base import ControlError, json_body
from .environment import Environment
from .farend import DEFAULT_PARTY, FarEndError, parse_far_end


def world_routes(env: Environment) -> list[BaseRoute]:
    async def far_end_rules(request: Request) -> Response:
        api, tenant = request.path_params["api"], request.path_params["tenant"]
        return JSONResponse(env.farend.rules(api, tenant))

    async def far_end_rule(request: Request) -> Response:
        api, tenant = request.path_params["api"], request.path_params["tenant"]
        party = request.path_params["party"]
        if request.method == "DELETE":
            if not env.farend.delete_rule(api, tenant, party):
                raise ControlError(404, f"no far-end rule for {party!r}")
            return Response(status_code=204)
        if request.method == "GET":
            return JSONResponse(env.farend.rule(api, tenant, party).to_json())
        try:
            far_end = parse_far_end(await json_body(request))
        except FarEndError as error:
            raise ControlError(400, str(error)) from None
        with env.store.transaction():
            return JSONResponse(env.farend.set_rule(api, tenant, party, far_end))

    async def deliveries(request: Request) -> Response:
        query = request.query_params
        found = env.outbox.log(api=query.get("api"), tenant=query.get("tenant") if query.get("api") else None)
        for name in ("kind", "state", "tenant"):
            if name in query:
                found = [d for d in found if str(d.get(name)) == query[name]]
        return JSONResponse(found)

    async def delivery(request: Request) -> Response:
        raw = request.path_params["id"]
        found = env.outbox.get(int(raw)) if raw.isdigit() and len(raw) < 13 else None
        if found is None:
            raise ControlError(404, f"no delivery {raw}")
        return JSONResponse(found)

    async def timeline(request: Request) -> Response:
        pending = [
            {"id": e.id, "due": e.due, "topic": e.topic, "key": e.key, "payload": e.payload}
            for e in env.store.events(limit=500)
        ]
        return JSONResponse({"now": env.clock.time(), "pending": pending, "failures": env.timeline.failures})

    return [
        Route("/farend/{api}/{tenant}", far_end_rules, methods=["GET"]),
        Route("/farend/{api}/{tenant}/{party}", far_end_rule, methods=["GET", "PUT", "DELETE"]),
        Route("/deliveries", deliveries, methods=["GET"]),
        Route("/deliveries/{id}", delivery, methods=["GET"]),
        Route("/timeline", timeline, methods=["GET"]),
    ]


__all__ = ["DEFAULT_PARTY", "world_routes"]
