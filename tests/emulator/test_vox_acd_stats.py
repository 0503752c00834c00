"""ACD (v1) history and statistics from the requests that went through the account's queues and the
operators' status changes; zero counts, in the documented shapes, when nothing went through."""

from __future__ import annotations

from ..conftest import LiveServer
from .vox import control, error, new_app, new_user, ok

ZERO = {"min": 0.0, "max": 0.0, "avg": 0.0, "sum": 0.0, "count": 0}


def _setup(emulator: LiveServer) -> tuple[int, int, int]:
    app_id = new_app(emulator, "cc")
    user_id = new_user(emulator, app_id, "op1")
    queue_id = ok(emulator, "AddQueue", application_id=app_id, acd_queue_name="line")["acd_queue_id"]
    return app_id, user_id, queue_id


def test_statistics_are_zero_when_no_call_went_through_the_queue(emulator: LiveServer) -> None:
    _, user_id, queue_id = _setup(emulator)
    start = "2020-01-01 00:00:00"
    [queue] = ok(emulator, "GetACDQueueStatistics", from_date=start, acd_queue_id=queue_id)["result"]
    assert queue["acd_queue_id"] == queue_id
    assert queue["WT"] == ZERO and queue["AC"] == [{"count": 0}]
    assert queue["SL"] == [{"acceptable_waiting_time": 20, "call_count": 0, "service_level": 0.0}]
    [group] = ok(emulator, "GetACDOperatorStatistics", from_date=start, user_id="all")["result"]
    assert group["user_id"] == user_id and group["statistics"][0]["TT"] == ZERO
    history = ok(emulator, "GetACDHistory", from_date=start)
    assert (history["result"], history["total_count"]) == ([], 0)


def test_requests_through_a_queue_make_its_history_and_statistics(emulator: LiveServer) -> None:
    _, user_id, queue_id = _setup(emulator)
    now = ok(emulator, "GetAccountInfo")["result"]["created"]
    for waited, talked in ((10, 60), (30, 120)):
        control(
            emulator,
            "POST",
            "/accounts/1/acd-requests",
            acd_queue_id=queue_id,
            user_id=user_id,
            waiting_time=waited,
            talk_time=talked,
            callerid="12125550199",
        )
    control(emulator, "POST", "/accounts/1/acd-requests", acd_queue_id=queue_id, waiting_time=45)  # abandoned
    day = now[:10] + " 00:00:00"
    history = ok(emulator, "GetACDHistory", from_date=day, with_events=True, desc_order=True)
    assert history["total_count"] == 3
    abandoned, second, first = history["result"]
    assert abandoned["unserviced"] is True and "user_id" not in abandoned
    assert (second["waiting_time"], second["talk_time"], second["user_id"]) == (30, 120, user_id)
    assert [e["acd_session_event_type"] for e in first["events"]] == [
        "NEW_REQUEST",
        "SERVICE_STARTED",
        "SERVICE_FINISHED",
    ]
    assert ok(emulator, "GetACDHistory", from_date=day, unserviced=False)["total_count"] == 2
    assert ok(emulator, "GetACDHistory", from_date=day, min_waiting_time=30)["total_count"] == 2
    [queue] = ok(emulator, "GetACDQueueStatistics", from_date=day, acd_queue_id="all", report="SA;AC;UAC;SL")[
        "result"
    ]
    assert set(queue) == {"acd_queue_id", "date", "SA", "AC", "UAC", "SL"}
    assert queue["SA"] == {"min": 10.0, "max": 30.0, "avg": 20.0, "sum": 40.0, "count": 2}
    assert (queue["AC"], queue["UAC"]) == ([{"count": 2}], [{"count": 1}])
    assert queue["SL"][0]["service_level"] == 50.0  # one of two answered within 20 s
    [group] = ok(emulator, "GetACDOperatorStatistics", from_date=day, user_id=user_id, report="TT")["result"]
    assert group["statistics"][0]["TT"]["sum"] == 180.0
    by_day = ok(emulator, "GetACDQueueStatistics", from_date=day, acd_queue_id=queue_id, aggregation="day")
    assert by_day["result"][0]["date"] == now[:10]
    assert (
        error(emulator, "GetACDQueueStatistics", from_date=day, acd_queue_id=queue_id, report="XX")["code"]
        == 101
    )
    assert error(emulator, "GetACDOperatorStatistics", from_date=day, user_id="999")["code"] == 404


def test_operator_status_time_follows_the_status_changes(emulator: LiveServer) -> None:
    _, user_id, _ = _setup(emulator)
    start = ok(emulator, "GetAccountInfo")["result"]["created"]
    control(emulator, "PATCH", f"/accounts/1/users/{user_id}/acd-status", acd_status="READY")
    emulator.advance(600)
    control(emulator, "PATCH", f"/accounts/1/users/{user_id}/acd-status", acd_status="DND")
    emulator.advance(60)
    [group] = ok(
        emulator, "GetACDOperatorStatusStatistics", from_date=start, user_id=user_id, acd_status="READY;DND"
    )["result"]
    [row] = group["statistics"]
    [detail] = row["acd_status"]
    assert set(detail) == {"READY", "DND"}
    assert detail["READY"]["sum"] == 600.0 and detail["READY"]["count"] == 1
    assert detail["DND"]["sum"] == 60.0
    wrong = error(
        emulator, "GetACDOperatorStatusStatistics", from_date=start, user_id=user_id, acd_status="NAP"
    )
    assert wrong["code"] == 101
    too_fine = error(
        emulator,
        "GetACDOperatorStatusStatistics",
        from_date="2000-01-01 00:00:00",
        user_id=user_id,
        aggregation="hour",
    )
    assert too_fine["code"] == 422  # more than 1000 hours


def test_any_calendar_window_is_answered(emulator: LiveServer) -> None:
    _, user_id, queue_id = _setup(emulator)
    control(emulator, "POST", "/accounts/1/acd-requests", acd_queue_id=queue_id, user_id=user_id, talk_time=5)
    assert ok(emulator, "GetACDHistory")["total_count"] == 1  # no period: all of it
    windows = (
        ("0270-10-25 20:52:00", "0270-10-26 20:52:00"),
        ("9999-12-31 10:00:00", "9999-12-31 23:59:59"),
        ("0001-01-01 00:00:00", "0001-01-02 00:00:00"),
        ("5266-12-21 10:43:29", "0270-10-25 20:52:00"),  # ends before it starts: nothing
    )
    for aggregation in ("hour", "day", "week", "month", "year", "none"):
        for low, high in windows:
            period = {"from_date": low, "to_date": high, "aggregation": aggregation}
            queues = ok(emulator, "GetACDQueueStatistics", acd_queue_id="all", **period)["result"]
            assert all(q["AC"] == [{"count": 0}] for q in queues)
            ok(emulator, "GetACDOperatorStatistics", user_id="all", **period)
            ok(emulator, "GetACDOperatorStatusStatistics", user_id="all", **period)
    assert (
        error(emulator, "GetACDQueueStatistics", acd_queue_id="all", from_date="0000-01-01 00:00:00")["code"]
        == 111
    )
