"""Control routes of fault injection (/_emulator/faults) and the request journal (/_emulator/journal)."""

from __future__ import annotations

from datetime import datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .control_base import ControlError, json_body
from .environment import Environment
from .faults import FaultError
from .journal import JournalQuery


def _moment(name: str, raw: str | None) -> float | None:
    """An emulator-clock time from a query: epoch seconds or an ISO 8601 date-time."""
    if raw is None or raw == "":
        return None
    try:
        return float(raw)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise ControlError(
            400, f"{name} must be epoch seconds or an ISO 8601 date-time, got {raw!r}"
        ) from None


def _positive(name: str, raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or len(raw) > 9:
        raise ControlError(400, f"{name} must be a whole number, got {raw!r}")
    return int(raw)


def journal_query(request: Request) -> JournalQuery:
    query = request.query_params
    status = query.get("status") or None
    if status is not None:
        lowered = status.lower()
        shaped = lowered == "none" or (len(lowered) == 3 and lowered[0].isdigit() and lowered[1:] in ("xx",))
        if not shaped and not (lowered.isdigit() and len(lowered) == 3):
            raise ControlError(400, f"status must be a status (404), a class (4xx) or none, got {status!r}")
        status = lowered
    return JournalQuery(
        api=query.get("api") or None,
        operation=query.get("operation") or None,
        status=status,
        since=_moment("since", query.get("since")),
        until=_moment("until", query.get("until")),
        after=_positive("after", query.get("after")),
        limit=_positive("limit", query.get("limit")),
    )


def faults_routes(env: Environment) -> list[BaseRoute]:
    async def faults(request: Request) -> Response:
        if request.method == "POST":
            try:
                rule = env.faults.add(await json_body(request), env.clock.time())
            except FaultError as error:
                raise ControlError(400, str(error)) from None
            return JSONResponse(rule.to_json(), status_code=201)
        if request.method == "DELETE":
            env.faults.clear()
            return Response(status_code=204)
        return JSONResponse([rule.to_json() for rule in env.faults.rules()])

    async def fault(request: Request) -> Response:
        raw = request.path_params["id"]
        rule = env.faults.get(int(raw)) if raw.isdigit() and len(raw) < 10 else None
        if rule is None:
            raise ControlError(404, f"no fault rule {raw}")
        if request.method == "DELETE":
            env.faults.delete(rule.id)
            return Response(status_code=204)
        return JSONResponse(rule.to_json())

    async def journal(request: Request) -> Response:
        if request.method == "DELETE":
            env.journal.clear()
            return Response(status_code=204)
        return JSONResponse(env.journal.entries(journal_query(request)))

    async def journal_entry(request: Request) -> Response:
        raw = request.path_params["id"]
        entry = env.journal.get(int(raw)) if raw.isdigit() and len(raw) < 13 else None
        if entry is None:
            raise ControlError(
                404, f"no journal entry {raw} (the journal keeps the newest {env.journal.limit})"
            )
        return JSONResponse(entry)

    return [
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/faults/{id}", fault, methods=["GET", "DELETE"]),
        Route("/journal", journal, methods=["GET", "DELETE"]),
        Route("/journal/{id}", journal_entry, methods=["GET"]),
    ]
