"""Scenarios and rules: stored, bound and ordered; StartScenarios and inbound calls run them as call
sessions in the history, played out by the far-end model on the emulator clock."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import control, error, new_app, ok

SCRIPT = "VoxEngine.addEventListener(AppEvents.Started, () => VoxEngine.terminate());"
PERIOD = {"from_date": "2000-01-01 00:00:00", "to_date": "2100-01-01 00:00:00", "with_calls": "true"}


def _history(emulator: LiveServer) -> list[dict[str, object]]:
    result: list[dict[str, object]] = ok(emulator, "GetCallHistory", **PERIOD)["result"]
    return result


def test_scenarios_bound_to_rules_in_order(emulator: LiveServer) -> None:
    app = new_app(emulator, "ivr")
    first = ok(emulator, "AddScenario", scenario_name="first", scenario_script=SCRIPT, application_id=app)
    second = ok(emulator, "AddScenario", scenario_name="second", scenario_script=SCRIPT, application_id=app)
    rule = ok(emulator, "AddRule", application_id=app, rule_name="all", rule_pattern=".*")["rule_id"]
    ids = f"{first['scenario_id']};{second['scenario_id']}"
    ok(emulator, "BindScenario", scenario_id=ids, rule_id=rule)
    ok(
        emulator,
        "ReorderScenarios",
        scenario_id=f"{second['scenario_id']};{first['scenario_id']}",
        rule_id=rule,
    )
    [listed] = ok(emulator, "GetRules", application_id=app, with_scenarios="true")["result"]
    assert [s["scenario_name"] for s in listed["scenarios"]] == ["second", "first"]
    assert error(emulator, "AddScenario", scenario_name="first", application_id=app)["code"] == 409
    ok(emulator, "SetScenarioInfo", scenario_id=first["scenario_id"], scenario_name="renamed")
    scenarios = ok(emulator, "GetScenarios", application_id=app, with_script="true")["result"]
    assert [(s["scenario_name"], s["scenario_script"]) for s in scenarios] == [
        ("renamed", SCRIPT),
        ("second", SCRIPT),
    ]
    ok(emulator, "DelScenario", scenario_id=str(second["scenario_id"]))
    [after] = ok(emulator, "GetRules", application_id=app, with_scenarios="true")["result"]
    assert [s["scenario_id"] for s in after["scenarios"]] == [first["scenario_id"]]
    bad = error(emulator, "AddRule", application_id=app, rule_name="broken", rule_pattern="([")
    assert bad["code"] == 101 and "rule_pattern" in bad["msg"]
    shared = ok(emulator, "AddScenario", scenario_name="shared", scenario_script=SCRIPT)["scenario_id"]
    ok(emulator, "DelApplication", application_id=app)  # its rules and own scenarios go with it
    assert error(emulator, "StartScenarios", rule_id=rule)["code"] == 404
    assert [s["scenario_id"] for s in ok(emulator, "GetScenarios")["result"]] == [shared]
    gone = error(emulator, "SetScenarioInfo", scenario_id=first["scenario_id"], scenario_name="x")
    assert gone["code"] == 404


def test_rule_order_routes_inbound_calls(emulator: LiveServer) -> None:
    app = new_app(emulator, "inbound")
    catch_all = ok(emulator, "AddRule", application_id=app, rule_name="any", rule_pattern=".*")["rule_id"]
    sales = ok(emulator, "AddRule", application_id=app, rule_name="sales", rule_pattern="1212555.*")[
        "rule_id"
    ]
    routed = control(
        emulator, "POST", "/accounts/1/inbound-calls", to="12125550100", **{"from": "14155550123"}
    )
    assert routed["rule_name"] == "any"  # the first rule that matches wins
    ok(emulator, "ReorderRules", rule_id=f"{sales};{catch_all}")
    assert [r["rule_name"] for r in ok(emulator, "GetRules", application_id=app)["result"]] == [
        "sales",
        "any",
    ]
    routed = control(
        emulator, "POST", "/accounts/1/inbound-calls", to="12125550100", **{"from": "14155550123"}
    )
    assert routed["rule_name"] == "sales"
    ok(emulator, "SetRuleInfo", rule_id=sales, rule_pattern_exclude="12125550100")
    other = control(
        emulator, "POST", "/accounts/1/inbound-calls", to="12125550100", **{"from": "14155550123"}
    )
    assert other["rule_name"] == "any"
    emulator.advance(60)
    session = next(
        s for s in _history(emulator) if s["call_session_history_id"] == other["call_session_history_id"]
    )
    [call] = session["calls"]  # type: ignore[misc]
    assert (call["incoming"], call["remote_number"], call["local_number"]) == (
        True,
        "14155550123",
        "12125550100",
    )
    ok(emulator, "DelRule", rule_id=f"{sales};{catch_all}")
    with emulator.control() as client:
        nothing = client.post("/voximplant-management/accounts/1/inbound-calls", json={"to": "12125550100"})
    assert nothing.status_code == 404


def test_start_scenarios_places_its_call_by_the_far_end_model(emulator: LiveServer) -> None:
    app = new_app(emulator, "outbound")
    rule = ok(emulator, "AddRule", application_id=app, rule_name="out", rule_pattern=".*")["rule_id"]
    ok(emulator, "AddScenario", scenario_name="dial", scenario_script=SCRIPT, rule_id=rule)
    with emulator.control() as client:
        client.put(
            "/farend/voximplant-management/1/12125550177", json={"answer_after_s": 3, "talk_s": 20}
        ).raise_for_status()
        client.put("/farend/voximplant-management/1/12125550188", json={"outcome": "busy"}).raise_for_status()
    answered = ok(emulator, "StartScenarios", rule_id=rule, script_custom_data="12125550177")
    busy = ok(emulator, "StartScenarios", rule_id=rule, script_custom_data="12125550188")
    assert answered["media_session_access_url"].endswith(
        f"/media-sessions/{answered['call_session_history_id']}"
    )
    running = {s["call_session_history_id"]: s for s in _history(emulator)}
    assert running[answered["call_session_history_id"]]["calls"] == []  # in the history from its start
    emulator.advance(30)
    ended = {s["call_session_history_id"]: s for s in _history(emulator)}
    talked = ended[answered["call_session_history_id"]]
    [call] = talked["calls"]  # type: ignore[misc]
    assert (call["remote_number"], call["duration"], call["successful"]) == ("12125550177", 20, True)
    assert talked["duration"] == 23
    [refused] = ended[busy["call_session_history_id"]]["calls"]  # type: ignore[misc]
    assert refused["successful"] is False and refused["end_reason"]["code"] == 486
    with emulator.control() as client:
        assert client.get("/timeline").json()["failures"] == []
