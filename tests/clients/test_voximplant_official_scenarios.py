"""The official Python client through every scenario and rule command, create to delete, over HTTPS."""

from __future__ import annotations

from datetime import datetime

from voximplant.apiclient import VoximplantAPI

from ..conftest import LiveServer
from .test_voximplant_official_client import official  # noqa: F401 - the fixture

SCRIPT = "VoxEngine.addEventListener(AppEvents.Started, () => VoxEngine.terminate());"


def test_scenarios_and_rules_with_the_official_client(
    official: tuple[VoximplantAPI, int],  # noqa: F811
    tls_server: LiveServer,
) -> None:
    api, account_id = official
    app_id = api.add_application("routing")["application_id"]
    rule = api.add_rule("inbound", ".*", application_id=app_id)
    assert rule["result"] == 1
    rule_id = rule["rule_id"]
    other_id = api.add_rule("sales", "1212.*", application_id=app_id)["rule_id"]
    first = api.add_scenario("first", scenario_script=SCRIPT, application_id=app_id)["scenario_id"]
    second = api.add_scenario("second", scenario_script=SCRIPT, rule_id=rule_id)["scenario_id"]
    assert api.bind_scenario(scenario_id=[first], rule_id=rule_id, bind=True)["result"] == 1
    assert api.reorder_scenarios([first, second], rule_id=rule_id)["result"] == 1
    assert api.reorder_rules([other_id, rule_id])["result"] == 1
    assert api.set_rule_info(rule_id, rule_pattern="^1.*")["result"] == 1
    assert api.set_scenario_info(scenario_id=first, scenario_name="greeting")["result"] == 1
    rules = api.get_rules(application_id=app_id, with_scenarios=True)["result"]
    assert [r["rule_name"] for r in rules] == ["sales", "inbound"]
    assert [s["scenario_name"] for s in rules[1]["scenarios"]] == ["greeting", "second"]
    assert isinstance(rules[1]["modified"], datetime)  # the client parsed the documented date format
    scenarios = api.get_scenarios(application_id=app_id, with_script=True)["result"]
    assert {s["scenario_script"] for s in scenarios} == {SCRIPT}

    with tls_server.control() as control:  # the callee answers after 2 s and talks for 5 s
        far_end = {"answer_after_s": 2, "talk_s": 5}
        control.put(
            f"/farend/voximplant-management/{account_id}/12125550177", json=far_end
        ).raise_for_status()
    started = api.start_scenarios(rule_id=rule_id, script_custom_data="12125550177")
    assert started["result"] == 1 and started["media_session_access_secure_url"].startswith("https://")
    # The client's tokens live 24 s by the real clock: the emulator's runs only a little ahead of it.
    tls_server.advance(10)
    history = api.get_call_history(
        from_date=datetime(2000, 1, 1), to_date=datetime(2100, 1, 1), with_calls=True
    )["result"]
    [session] = [s for s in history if s["call_session_history_id"] == started["call_session_history_id"]]
    assert [c["remote_number"] for c in session["calls"]] == ["12125550177"]

    assert api.del_scenario(scenario_id=[first, second])["result"] == 1
    assert api.get_scenarios(application_id=app_id)["result"] == []
    assert api.del_rule(rule_id=[rule_id, other_id])["result"] == 1
    assert api.get_rules(application_id=app_id)["total_count"] == 0
    with tls_server.control() as control:
        control.post("/reset").raise_for_status()  # the clock back to real time for the next test
