"""ACD queues and skills: binding users and skills, ACD state from operator statuses, cleanup on delete."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import control, error, new_app, new_user, ok


def test_users_bind_to_queues_of_their_application(emulator: LiveServer) -> None:
    app_id, other = new_app(emulator, "acd"), new_app(emulator, "elsewhere")
    users = [new_user(emulator, app_id, name) for name in ("ann", "ben")]
    queue = ok(emulator, "AddQueue", application_id=app_id, acd_queue_name="sales", acd_queue_priority=3)[
        "acd_queue_id"
    ]
    foreign = ok(emulator, "AddQueue", application_id=other, acd_queue_name="sales")["acd_queue_id"]
    assert error(emulator, "AddQueue", application_id=app_id, acd_queue_name="sales")["code"] == 409
    refused = error(
        emulator, "BindUserToQueue", application_id=app_id, user_id="all", acd_queue_id=foreign, bind=True
    )
    assert refused["code"] == 404  # queues of another application are not there
    ok(emulator, "BindUserToQueue", application_id=app_id, user_id="all", acd_queue_name="sales", bind=True)
    [info] = ok(emulator, "GetQueues", acd_queue_id=queue, with_operatorcount=True)["result"]
    assert info["operatorcount"] == 2 and info["acd_queue_priority"] == 3
    assert sorted(u["user_id"] for u in info["users"]) == sorted(users)
    ok(emulator, "BindUserToQueue", application_id=app_id, user_id=users[0], acd_queue_id=queue, bind=False)
    bound = ok(emulator, "GetUsers", application_id=app_id, acd_queue_id=queue)["result"]
    assert [u["user_id"] for u in bound] == [users[1]]


def test_acd_state_counts_ready_operators(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    ann, ben = new_user(emulator, app_id, "ann"), new_user(emulator, app_id, "ben")
    queue = ok(emulator, "AddQueue", application_id=app_id, acd_queue_name="help")["acd_queue_id"]
    ok(
        emulator,
        "BindUserToQueue",
        application_id=app_id,
        user_id=f"{ann};{ben}",
        acd_queue_id=queue,
        bind=True,
    )
    control(emulator, "PATCH", f"/accounts/1/users/{ann}/acd-status", acd_status="READY")
    control(emulator, "PATCH", f"/accounts/1/users/{ben}/acd-status", acd_status="BANNED")
    [state] = ok(emulator, "GetACDState", acd_queue_id=queue)["result"]["acd_queues"]
    assert state["ready_operators_count"] == 1 and state["ready_operators"][0]["user_name"] == "ann"
    assert state["locked_operators_count"] == 1 and state["locked_operators"][0]["status"] == "BANNED"
    ready = ok(emulator, "GetUsers", application_id=app_id, acd_status="READY;DND")["result"]
    assert [u["user_id"] for u in ready] == [ann]


def test_skills_bind_to_users_and_queues_and_go_away_with_the_skill(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    user = new_user(emulator, app_id, "ann")
    queue = ok(emulator, "AddQueue", application_id=app_id, acd_queue_name="vip")["acd_queue_id"]
    english = ok(emulator, "AddSkill", skill_name="english")["skill_id"]
    ok(emulator, "AddSkill", skill_name="french")
    ok(emulator, "BindSkill", skill_name="english;french", user_id=user, acd_queue_id=queue)
    [with_skills] = ok(emulator, "GetUsers", application_id=app_id, with_skills=True)["result"]
    assert sorted(s["skill_name"] for s in with_skills["skills"]) == ["english", "french"]
    assert ok(emulator, "GetQueues", skill_id=english)["total_count"] == 1
    ok(emulator, "SetSkillInfo", skill_id=english, new_skill_name="en")
    ok(emulator, "DelSkill", skill_name="french")
    [after] = ok(emulator, "GetUsers", application_id=app_id, with_skills=True)["result"]
    assert [s["skill_name"] for s in after["skills"]] == ["en"]
    ok(emulator, "BindSkill", skill_id="all", user_id="all", acd_queue_id="all", bind=False)
    assert ok(emulator, "GetQueues", skill_id=english)["total_count"] == 0


def test_deleting_a_queue_unbinds_its_users(emulator: LiveServer) -> None:
    app_id = new_app(emulator)
    user = new_user(emulator, app_id, "ann")
    queue = ok(emulator, "AddQueue", application_id=app_id, acd_queue_name="tmp")["acd_queue_id"]
    ok(emulator, "BindUserToQueue", application_id=app_id, user_id=user, acd_queue_id=queue, bind=True)
    ok(emulator, "SetQueueInfo", acd_queue_id=queue, new_acd_queue_name="temp", max_queue_size=5)
    [info] = ok(emulator, "GetQueues", acd_queue_name="tem")["result"]
    assert (info["acd_queue_name"], info["max_queue_size"]) == ("temp", 5)
    ok(emulator, "DelQueue", acd_queue_name="temp")
    [user_info] = ok(emulator, "GetUsers", application_id=app_id, with_queues=True)["result"]
    assert user_info["acd_queues"] == []
    assert error(emulator, "DelQueue", acd_queue_id=queue)["code"] == 404
