"""What the audit log, history reports and scenario sessions read does not grow with what piles up."""

from __future__ import annotations

from emulator.providers.voximplant_management.base import Account

from ..conftest import LiveServer
from .test_vox_store_cost import Reads, _provider, reads  # noqa: F401 - the fixture
from .vox import new_app, ok


def _audit_request(emulator: LiveServer, counter: Reads, old_entries: int) -> int:
    """Documents read by a change (which the audit log records) and by today's audit log, with
    `old_entries` entries of last year stored."""
    emulator.reset()
    provider = _provider(emulator)
    with emulator.app.env.store.transaction():
        for n in range(old_entries):
            entry = {"audit_log_id": n + 1, "requested": "2001-01-01 10:00:00", "cmd": "AddApplication"}
            provider.save_dated(Account(1), "audit", n + 1, entry, entry["requested"])
    today = provider.today()
    period = {"from_date": f"{today} 00:00:00", "to_date": f"{today} 23:59:59"}
    found: list[int] = []
    cost = counter.of(lambda: new_app(emulator, "audited"))
    cost += counter.of(lambda: found.append(ok(emulator, "GetAuditLog", **period)["total_count"]))
    assert found == [1]
    return cost


def test_the_audit_log_of_a_day_reads_the_same_with_1_or_500_old_entries(
    emulator: LiveServer,
    reads: Reads,  # noqa: F811
) -> None:
    assert _audit_request(emulator, reads, 1) == _audit_request(emulator, reads, 500)


def _reports_page(emulator: LiveServer, counter: Reads, reports: int) -> int:
    emulator.reset()
    provider = _provider(emulator)
    with emulator.app.env.store.transaction():
        for _ in range(reports):
            provider.new_report(Account(1), "calls", [])
    return counter.of(lambda: ok(emulator, "GetHistoryReports", count=5))


def test_a_page_of_history_reports_reads_the_same_with_5_or_500_reports(
    emulator: LiveServer,
    reads: Reads,  # noqa: F811
) -> None:
    assert _reports_page(emulator, reads, 5) == _reports_page(emulator, reads, 500)


def _start_scenarios(emulator: LiveServer, counter: Reads, old_sessions: int) -> int:
    emulator.reset()
    app_id = new_app(emulator, "sessions")
    rule_id = ok(emulator, "AddRule", application_id=app_id, rule_name="r", rule_pattern=".*")["rule_id"]
    provider = _provider(emulator)
    with emulator.app.env.store.transaction():
        for n in range(old_sessions):
            session = {"call_session_history_id": n + 1, "start_date": "2001-01-01 10:00:00"}
            provider.save_dated(Account(1), "call_session", n + 1, session, session["start_date"])
    cost = counter.of(
        lambda: ok(emulator, "StartScenarios", rule_id=rule_id, script_custom_data="12125550177")
    )
    return cost + counter.of(lambda: emulator.advance(30))  # the call plays out and the session ends


def test_a_scenario_session_reads_the_same_with_1_or_500_old_sessions(
    emulator: LiveServer,
    reads: Reads,  # noqa: F811
) -> None:
    assert _start_scenarios(emulator, reads, 1) == _start_scenarios(emulator, reads, 500)
