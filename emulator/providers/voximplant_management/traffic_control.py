"""Control routes of Voximplant's moving world: what call list tasks went through, and traffic put into
SmartQueue queues (calls and chats the agents then take by the far-end model)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ...core.control import ControlError, json_body
from ...core.control import control_field as _field
from .base import Account
from .dialler import TASK

if TYPE_CHECKING:
    from .provider import VoximplantManagementProvider

TASK_FIELDS = (
    "task_id",
    "task_uuid",
    "batch_id",
    "status",
    "phone",
    "priority",
    "attempts_made",
    "attempts_left",
    "last_attempt",
    "start_execution_time",
    "finish_execution_time",
    "result_data",
    "attempts",
    "data",
)


def traffic_routes(
    provider: VoximplantManagementProvider, account_of: Callable[[Request], Account]
) -> list[BaseRoute]:
    store = provider.store

    async def call_list_tasks(request: Request) -> Response:
        found = account_of(request)
        call_list = provider.one(found, "call_list", request.path_params["list_id"])
        if call_list is None:
            raise ControlError(404, f"no call list {request.path_params['list_id']}")
        tasks = store.find(found.ns, TASK, "list_id", call_list["list_id"])  # the whole list's tasks
        return JSONResponse(
            {
                "list_id": call_list["list_id"],
                "status": call_list["status"],
                "in_progress": provider.live_calls(found, call_list["list_id"]),
                "tasks": [{k: t.get(k) for k in TASK_FIELDS} for t in tasks],
            }
        )

    async def sq_tasks(request: Request) -> Response:
        found = account_of(request)
        data = await json_body(request)
        with store.transaction():
            task = provider.enqueue_sq_task(found, parse_sq_task(data))
        return JSONResponse(task, status_code=201)

    return [
        Route("/accounts/{account_id}/call-lists/{list_id:int}/tasks", call_list_tasks, methods=["GET"]),
        Route("/accounts/{account_id}/sq-tasks", sq_tasks, methods=["POST"]),
    ]


def parse_sq_task(data: dict[str, Any]) -> dict[str, Any]:
    """A task for a SmartQueue queue: which queue, CALL or IM, and how the customer behaves."""
    task_type = _field(data, "task_type", str, "CALL")
    if task_type not in ("CALL", "IM"):
        raise ControlError(400, f"task_type must be CALL or IM, got {task_type!r}")
    skills = _field(data, "sq_skills", list, [])
    for skill in skills:
        if not isinstance(skill, dict) or not ("sq_skill_id" in skill or "sq_skill_name" in skill):
            raise ControlError(
                400, 'each of sq_skills is {"sq_skill_id" or "sq_skill_name", "sq_skill_level"}'
            )
    patience = _field(data, "abandon_after_s", (int, float), None)
    if patience is not None and not 0 <= patience <= 86_400:
        raise ControlError(400, "abandon_after_s must be a number of seconds from 0 to 86400")
    queue_id, queue_name = _field(data, "sq_queue_id", int, None), _field(data, "sq_queue_name", str, None)
    if (queue_id is None) == (queue_name is None):
        raise ControlError(400, "name the queue by sq_queue_id or sq_queue_name")
    return {
        "application_id": _field(data, "application_id", int),
        "sq_queue_id": queue_id,
        "sq_queue_name": queue_name,
        "task_type": task_type,
        "priority": _field(data, "priority", int, 50),
        "custom_data": _field(data, "custom_data", str, ""),
        "sq_skills": skills,
        "caller": _field(data, "caller", str, ""),
        "abandon_after_s": patience,
    }
