"""SmartQueue traffic: calls and chats put into a queue through the control API are taken by READY agents
by the far-end model, and GetSQState and the metrics report what happened."""

from __future__ import annotations

import json
from typing import Any

from ..conftest import LiveServer
from .vox import control, new_app, new_user, ok

WINDOW = {"from_date": "2000-01-01 00:00:00", "to_date": "2100-01-01 00:00:00"}


def _far_end(emulator: LiveServer, party: str, **rule: Any) -> None:
    with emulator.control() as client:
        client.put(f"/farend/voximplant-management/1/{party}", json=rule).raise_for_status()


def _setup(emulator: LiveServer) -> tuple[int, int, int, int]:
    app_id = new_app(emulator, "contact-center")
    ann, ben = new_user(emulator, app_id, "ann"), new_user(emulator, app_id, "ben")
    queue = ok(
        emulator,
        "SQ_AddQueue",
        application_id=app_id,
        sq_queue_name="sales",
        call_agent_selection="MOST_QUALIFIED",
        call_task_selection="MAX_WAITING_TIME",
    )["result"]["sq_queue_id"]
    ok(emulator, "SQ_AddSkill", application_id=app_id, sq_skill_name="spanish")
    ok(emulator, "SQ_BindAgent", application_id=app_id, sq_queue_id=queue, user_id="all")
    for user, level in ((ann, 5), (ben, 2)):
        skills = json.dumps([{"sq_skill_name": "spanish", "sq_skill_level": level}])
        ok(emulator, "SQ_BindSkill", application_id=app_id, user_id=user, sq_skills=skills)
        for kind in ("CALL", "IM"):
            control(
                emulator, "PATCH", f"/accounts/1/users/{user}/sq-status", type=kind, sq_status_name="READY"
            )
    return app_id, queue, ann, ben


def _enqueue(emulator: LiveServer, app_id: int, **fields: Any) -> dict[str, Any]:
    task: dict[str, Any] = control(
        emulator, "POST", "/accounts/1/sq-tasks", application_id=app_id, sq_queue_name="sales", **fields
    )
    return task


def _state(emulator: LiveServer, app_id: int, queue: int) -> dict[str, Any]:
    [state] = ok(emulator, "GetSQState", application_id=app_id, sq_queue_id=queue)["result"]
    return state


def _metric(emulator: LiveServer, app_id: int, report: str, **fields: Any) -> list[dict[str, Any]]:
    [result] = ok(
        emulator,
        "GetSmartQueueRealtimeMetrics",
        application_id=app_id,
        report_type=report,
        **WINDOW,
        **fields,
    )["result"]
    groups: list[dict[str, Any]] = result["groups"]
    return groups


def _statuses(emulator: LiveServer, app_id: int) -> dict[str, str]:
    agents = ok(emulator, "SQ_GetAgents", application_id=app_id, handle_calls=True, with_sq_statuses=True)[
        "result"
    ]
    return {a["user_name"]: a["sq_statuses"][0]["CALL"]["sq_status_name"] for a in agents}


def test_agents_take_queued_calls_by_the_far_end_model(emulator: LiveServer) -> None:
    app_id, queue, ann, ben = _setup(emulator)
    _far_end(emulator, str(ann), outcome="answered", answer_after_s=2, talk_s=20)
    _far_end(emulator, "ben", outcome="answered", answer_after_s=4, talk_s=30)  # by user name
    spanish = [{"sq_skill_name": "spanish", "sq_skill_level": 1}]
    first = _enqueue(emulator, app_id, caller="12125550300", sq_skills=spanish)
    second = _enqueue(emulator, app_id, caller="12125550301", sq_skills=spanish)
    third = _enqueue(emulator, app_id, caller="12125550302", custom_data="vip")
    # The most qualified agent (ann) gets the first call, ben the second; the third waits.
    assert (first["status"], first["user_id"]) == ("DISTRIBUTED", ann)
    assert (second["status"], second["user_id"]) == ("DISTRIBUTED", ben)
    assert third["status"] == "IN_QUEUE"
    emulator.advance(2)
    tasks = _state(emulator, app_id, queue)["tasks"]
    assert [t["status"] for t in tasks] == ["IN_PROCESSING", "DISTRIBUTED", "IN_QUEUE"]
    assert tasks[2]["waiting_time"] == 2000 and tasks[2]["custom_data"] == "vip"
    assert _statuses(emulator, app_id) == {"ann": "IN_SERVICE", "ben": "READY"}
    emulator.advance(2)
    assert _statuses(emulator, app_id) == {"ann": "IN_SERVICE", "ben": "IN_SERVICE"}
    # Ann's talk ends at 22 s: she is READY again and takes the waiting call at once.
    emulator.advance(18)
    tasks = _state(emulator, app_id, queue)["tasks"]
    assert [(t["status"], t.get("user_id")) for t in tasks] == [("IN_PROCESSING", ben), ("DISTRIBUTED", ann)]
    emulator.advance(60)
    assert _state(emulator, app_id, queue)["tasks"] == []
    assert _statuses(emulator, app_id) == {"ann": "READY", "ben": "READY"}

    def value(report: str, **fields: Any) -> float:
        [group] = _metric(emulator, app_id, report, **fields)
        assert group["sq_queue_name"] == "sales"
        result: float = group["values"][0]["value"]
        return result

    assert value("call_count_assigned_to_queue") == 3.0
    assert value("count_handled_calls") == 3.0
    assert value("max_time_in_queue") == 22.0  # the third call waited for ann
    assert value("average_answer_speed") == round((2 + 4 + 24) / 3, 3)
    assert value("service_level", max_waiting_sec=5) == round(200 / 3, 3)
    assert value("max_handle_time") == 30.0
    by_agent = _metric(emulator, app_id, "count_handled_calls", group_by="agent", sq_queue_id=queue)
    assert {g["user_name"]: g["values"][0]["value"] for g in by_agent} == {"ann": 2.0, "ben": 1.0}
    with emulator.control() as client:
        assert client.get("/timeline").json()["failures"] == []


def test_unanswered_abandoned_blocked_and_chats(emulator: LiveServer) -> None:
    app_id, queue, ann, ben = _setup(emulator)
    ok(emulator, "SQ_SetQueueInfo", application_id=app_id, sq_queue_id=queue, call_max_queue_size=1)
    ok(
        emulator,
        "SQ_SetAgentInfo",
        application_id=app_id,
        user_id=ann,
        handle_calls=True,
        max_simultaneous_conversations=2,
    )
    _far_end(emulator, str(ann), outcome="no_answer")
    _far_end(emulator, str(ben), outcome="answered", answer_after_s=1, talk_s=50)
    # Ann (most qualified) does not answer: after ringing, the call goes to ben.
    call = _enqueue(emulator, app_id)
    assert call["user_id"] == ann
    emulator.advance(20)
    [task] = _state(emulator, app_id, queue)["tasks"]
    assert (task["status"], task["user_id"]) == ("DISTRIBUTED", ben)
    emulator.advance(1)
    # Both agents are busy (ann is skipped for the call she missed, but free for others): a caller who
    # gives up after 5 s abandons; the queue holds one waiting call, a second one is blocked.
    control(emulator, "PATCH", f"/accounts/1/users/{ann}/sq-status", type="CALL", sq_status_name="DND")
    waiting = _enqueue(emulator, app_id, abandon_after_s=5)
    blocked = _enqueue(emulator, app_id)
    assert waiting["status"] == "IN_QUEUE" and blocked["outcome"] == "blocked"
    emulator.advance(5)
    assert len(_state(emulator, app_id, queue)["tasks"]) == 1
    # Two chats at once for ann (max_simultaneous_conversations 2), whose far end answers chats here.
    _far_end(emulator, str(ann), outcome="answered", answer_after_s=1, talk_s=30)
    chats = [_enqueue(emulator, app_id, task_type="IM") for _ in range(3)]
    assert [c["user_id"] for c in chats[:2]] == [ann, ann]
    assert chats[2]["user_id"] == ben  # ben takes chats too (his default of one)
    emulator.advance(120)
    counts = {
        report: _metric(emulator, app_id, report)[0]["values"][0]["value"]
        for report in (
            "count_abandonment_calls",
            "count_blocked_calls",
            "count_agent_unanswered_calls",
            "count_handled_calls",
            "im_count_assigned_to_queue",
            "calls_blocked_percentage",
        )
    }
    assert counts == {
        "count_abandonment_calls": 1.0,
        "count_blocked_calls": 1.0,
        "count_agent_unanswered_calls": 1.0,
        "count_handled_calls": 1.0,
        "im_count_assigned_to_queue": 3.0,
        "calls_blocked_percentage": round(100 / 3, 3),
    }


def test_deleting_a_queue_ends_its_tasks_and_frees_their_agents(emulator: LiveServer) -> None:
    app_id, queue, ann, ben = _setup(emulator)
    _far_end(emulator, "default", outcome="answered", answer_after_s=2, talk_s=60)
    ok(emulator, "SQ_UnbindAgent", application_id=app_id, sq_queue_id=queue, user_id=ben)
    taken, waiting = _enqueue(emulator, app_id), _enqueue(emulator, app_id)
    assert (taken["user_id"], waiting["status"]) == (ann, "IN_QUEUE")
    other = ok(
        emulator,
        "SQ_AddQueue",
        application_id=app_id,
        sq_queue_name="support",
        call_agent_selection="MAX_WAITING_TIME",
        call_task_selection="MAX_WAITING_TIME",
    )["result"]["sq_queue_id"]
    ok(emulator, "SQ_BindAgent", application_id=app_id, sq_queue_id=other, user_id=ann)
    ok(emulator, "SQ_DelQueue", application_id=app_id, sq_queue_id=queue)
    support = control(
        emulator, "POST", "/accounts/1/sq-tasks", application_id=app_id, sq_queue_name="support"
    )
    assert (support["status"], support["user_id"]) == ("DISTRIBUTED", ann)  # ann is free again
    emulator.advance(100)
    [group] = _metric(emulator, app_id, "count_handled_calls", sq_queue_id=other)
    assert group["values"][0]["value"] == 1.0
