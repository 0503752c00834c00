"""The control routes of the world: far-end rules, the clock's modes, pending events."""

from __future__ import annotations

from ..conftest import LiveServer


def test_far_end_rules_per_party_with_a_tenant_default(emulator: LiveServer) -> None:
    with emulator.control() as control:
        assert control.get("/farend/voxology/app1/+1 (415) 555-0100").json()["outcome"] == "answered"
        put = control.put("/farend/voxology/app1/default", json={"outcome": "no_answer"})
        assert put.status_code == 200
        dtmf = [{"at_s": 2, "digits": "1#"}]
        rule = {"outcome": "answered", "answer_after_s": 4, "talk_s": 30, "dtmf": dtmf}
        assert control.put("/farend/voxology/app1/+14155550100", json=rule).status_code == 200
        assert control.get("/farend/voxology/app1/1-415-555-0100").json()["talk_s"] == 30
        assert control.get("/farend/voxology/app1/+14155550199").json()["outcome"] == "no_answer"
        assert control.get("/farend/voxology/other/+14155550199").json()["outcome"] == "answered"
        assert [r["party"] for r in control.get("/farend/voxology/app1").json()] == ["default", "14155550100"]
        assert control.delete("/farend/voxology/app1/default").status_code == 204
        assert control.delete("/farend/voxology/app1/default").status_code == 404


def test_bad_far_end_rules_say_what_is_wrong(emulator: LiveServer) -> None:
    cases = {
        '{"outcome": "maybe"}': "outcome must be one of",
        '{"answer_after_s": -1}': "answer_after_s must be a number of seconds",
        '{"talk_s": "long"}': "talk_s must be a number of seconds",
        '{"dtmf": [{"at_s": 1, "digits": "x"}]}': "dtmf digits are",
        '{"colour": "red"}': "unknown far-end fields: colour",
        "[1]": "body must be a JSON object",
        "{": "body is not valid JSON",
    }
    with emulator.control() as control:
        for body, message in cases.items():
            response = control.put("/farend/voxology/app1/default", content=body)
            assert response.status_code == 400, body
            assert message in response.json()["error"], body


def test_the_clock_can_be_frozen_and_run_again(emulator: LiveServer) -> None:
    with emulator.control() as control:
        frozen = control.get("/settings").json()
        assert frozen["clock"] == "frozen"
        first = control.get("/clock").json()["time"]
        assert control.get("/clock").json()["time"] == first
        advanced = control.post("/clock", json={"advance_seconds": 90}).json()
        assert advanced["time"] == first + 90 and advanced["fired"] == 0
        assert control.patch("/settings", json={"clock": "real"}).json()["clock"] == "real"
        assert control.get("/clock").json()["time"] >= first + 90
        assert control.patch("/settings", json={"clock": "sometimes"}).status_code == 400
        assert control.post("/clock", json={"advance_seconds": -1}).status_code == 400


def test_pending_events_are_listed(emulator: LiveServer) -> None:
    env = emulator.app.env
    env.timeline.on("test.noop", lambda event: None)
    with env.store.transaction():
        env.timeline.after(30, "test.noop", {"call": "c1"}, key="c1")
    with emulator.control() as control:
        listed = control.get("/timeline").json()
        assert [(e["topic"], e["key"]) for e in listed["pending"]] == [("test.noop", "c1")]
        assert control.post("/clock", json={"advance_seconds": 30}).json()["fired"] == 1
        assert control.get("/timeline").json()["pending"] == []
