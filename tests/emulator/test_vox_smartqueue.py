"""SmartQueue: queues and skills per application, agents bound with skill levels (JSON in a string),
agent statuses, state, status mappings and metrics."""

from __future__ import annotations

import json

from ..conftest import LiveServer
from .vox import control, error, new_app, new_user, ok


def test_queues_skills_and_agents(emulator: LiveServer) -> None:
    app_id = new_app(emulator, "sq")
    ann, ben = new_user(emulator, app_id, "ann"), new_user(emulator, app_id, "ben")
    queue = ok(
        emulator,
        "SQ_AddQueue",
        application_id=app_id,
        sq_queue_name="sales",
        call_agent_selection="MOST_QUALIFIED",
        call_task_selection="MAX_PRIORITY",
        call_max_waiting_time_in_seconds=90,
    )["result"]["sq_queue_id"]
    both = error(
        emulator,
        "SQ_AddQueue",
        application_id=app_id,
        sq_queue_name="x",
        call_agent_selection="MOST_QUALIFIED",
        call_task_selection="MAX_PRIORITY",
        call_max_waiting_time=1,
        call_max_waiting_time_in_seconds=60,
    )
    assert both["code"] == 101 and "cannot be used together" in both["msg"]
    spanish = ok(emulator, "SQ_AddSkill", application_id=app_id, sq_skill_name="spanish")["result"][
        "sq_skill_id"
    ]
    ok(emulator, "SQ_AddSkill", application_id=app_id, sq_skill_name="german")
    ok(emulator, "SQ_BindAgent", application_id=app_id, sq_queue_id=queue, user_id="all")
    skills = json.dumps(
        [{"sq_skill_id": spanish, "sq_skill_level": 4}, {"sq_skill_name": "german", "sq_skill_level": 2}]
    )
    ok(emulator, "SQ_BindSkill", application_id=app_id, user_id=ann, sq_skills=skills)
    [queue_info] = ok(emulator, "SQ_GetQueues", application_id=app_id, with_agentcount=True)["result"]
    assert queue_info["agentcount"] == 2
    assert (queue_info["call_max_waiting_time_in_seconds"], queue_info["call_max_waiting_time"]) == (90, 2)
    agents = ok(
        emulator,
        "SQ_GetAgents",
        application_id=app_id,
        handle_calls=True,
        with_sq_skills=True,
        sq_skills=json.dumps([{"sq_skill_id": spanish, "min_sq_skill_level": 3, "max_sq_skill_level": 5}]),
    )["result"]
    assert [a["user_id"] for a in agents] == [ann]
    assert sorted((s["sq_skill_name"], s["sq_skill_level"]) for s in agents[0]["sq_skills"]) == [
        ("german", 2),
        ("spanish", 4),
    ]
    ok(emulator, "SQ_SetAgentInfo", application_id=app_id, user_id=ben, handle_calls=False)
    not_calling = ok(emulator, "SQ_GetAgents", application_id=app_id, handle_calls=False)["result"]
    assert [a["user_id"] for a in not_calling] == [ben]
    ok(emulator, "SQ_UnbindSkill", application_id=app_id, user_id=ann, sq_skill_name="german")
    ok(emulator, "SQ_DelSkill", application_id=app_id, sq_skill_id="all")
    assert ok(emulator, "SQ_GetSkills", application_id=app_id)["result"] == []


def test_state_follows_agent_statuses(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    ann = new_user(emulator, app_id, "ann")
    queue = ok(
        emulator,
        "SQ_AddQueue",
        application_id=app_id,
        sq_queue_name="care",
        call_agent_selection="MAX_WAITING_TIME",
        call_task_selection="MAX_WAITING_TIME",
    )["result"]["sq_queue_id"]
    ok(emulator, "SQ_BindAgent", application_id=app_id, sq_queue_id=queue, user_name="ann")
    control(emulator, "PATCH", f"/accounts/1/users/{ann}/sq-status", type="CALL", sq_status_name="READY")
    [state] = ok(emulator, "GetSQState", application_id=app_id, sq_queue_id=queue)["result"]
    assert state["tasks"] == []
    [agent] = state["sq_agents"]
    assert agent["sq_statuses"][0]["CALL"]["sq_status_name"] == "READY"
    assert agent["sq_statuses"][0]["IM"]["sq_status_name"] == "OFFLINE"
    ready = json.dumps([{"sq_status_type": "CALL", "sq_status_name": "READY"}])
    assert (
        len(
            ok(emulator, "SQ_GetAgents", application_id=app_id, handle_calls=True, sq_statuses=ready)[
                "result"
            ]
        )
        == 1
    )
    ok(emulator, "SQ_UnbindAgent", application_id=app_id, sq_queue_id="all", user_id=ann)
    [after] = ok(emulator, "GetSQState", application_id=app_id, sq_queue_id="all")["result"]
    assert after["sq_agents"] == []


def test_status_mappings_and_metrics(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    assert error(emulator, "SQ_GetAgentCustomStatusMapping", application_id=app_id)["code"] == 404
    ok(
        emulator,
        "SQ_SetAgentCustomStatusMapping",
        application_id=app_id,
        sq_status_name="DND",
        custom_status_name="Lunch",
    )
    mapping = ok(emulator, "SQ_GetAgentCustomStatusMapping", application_id=app_id)
    assert (mapping["sq_status_name"], mapping["custom_status_name"]) == ("DND", "Lunch")
    ok(emulator, "SQ_DeleteAgentCustomStatusMapping", application_id=app_id)
    assert error(emulator, "SQ_GetAgentCustomStatusMapping", application_id=app_id)["code"] == 404
    ok(
        emulator,
        "SQ_AddQueue",
        application_id=app_id,
        sq_queue_name="q",
        call_agent_selection="MOST_QUALIFIED",
        call_task_selection="MAX_PRIORITY",
    )
    period = {"from_date": "2026-01-01 00:00:00", "to_date": "2026-01-01 00:30:00"}
    unbounded = error(
        emulator, "GetSmartQueueRealtimeMetrics", application_id=app_id, report_type="service_level", **period
    )
    assert unbounded["code"] == 101 and "max_waiting_sec" in unbounded["msg"]  # documented as required
    metrics = ok(
        emulator,
        "GetSmartQueueRealtimeMetrics",
        application_id=app_id,
        report_type="service_level;count_blocked_calls",
        max_waiting_sec=20,
        **period,
    )
    assert [r["report_type"] for r in metrics["result"]] == ["service_level", "count_blocked_calls"]
    [group] = metrics["result"][0]["groups"]
    assert group["sq_queue_name"] == "q" and group["values"][0]["value"] == 0.0
    reversed_range = error(
        emulator,
        "GetSmartQueueDayHistory",
        application_id=app_id,
        sq_queue_id="all",
        report_type="service_level",
        from_date="2026-01-02 00:00:00",
        to_date="2026-01-01 00:00:00",
    )
    assert reversed_range["code"] == 422
    impossible = error(
        emulator,
        "GetSmartQueueDayHistory",
        application_id=app_id,
        sq_queue_id="all",
        report_type="service_level",
        from_date="2026-02-30 00:00:00",
    )
    assert impossible["code"] == 111
    report = ok(
        emulator,
        "RequestSmartQueueHistory",
        application_id=app_id,
        sq_queue_id="all",
        report_type="service_level",
        from_date="2026-01-01 00:00:00",
        to_date="2026-01-02 00:00:00",
    )
    assert report["result"] == 1 and report["history_report_id"] > 0
