"""ACD (v1) history and statistics: the requests that went through the account's ACD queues, and the
time its operators spent in each status.

A request is recorded when a call goes through a queue (the control API records one: the emulator's
scenarios do not route calls into ACD v1 queues themselves); an operator's status stretches are kept
as the status changes (the last STATUS_LOG_SIZE of them)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from ...core.provider import ApiCall, Reply
from .base import DATETIME, Account, Base
from .errors import RULE_VIOLATED, not_found, vox_error
from .form import ALL, Form, listing, matches

KIND = "acd_session"
STATUSES = ("OFFLINE", "ONLINE", "READY", "BANNED", "IN_SERVICE", "AFTER_SERVICE", "TIMEOUT", "DND")
OPERATOR_REPORTS = ("SA", "TT", "ACW", "HT")
QUEUE_ITEMS = ("WT", "SA", "AT", "HT", "TT", "ACW", "QL")
QUEUE_CALLS = ("AC", "UAC", "RC")
ACCEPTABLE_WAITING_TIME = 20  # seconds: the service level's threshold
STATUS_LOG_SIZE = 500
MAX_PERIODS = 1000


def item(values: Iterable[float]) -> dict[str, Any]:
    found = list(values)
    if not found:
        return {"min": 0.0, "max": 0.0, "avg": 0.0, "sum": 0.0, "count": 0}
    total = float(sum(found))
    return {
        "min": float(min(found)),
        "max": float(max(found)),
        "avg": round(total / len(found), 3),
        "sum": total,
        "count": len(found),
    }


def moment(text: str) -> datetime:
    return datetime.strptime(text, DATETIME).replace(tzinfo=UTC)


def status_since(user: dict[str, Any], now: float) -> float:
    """When the operator's current status began: a user keeps the status it was created with until a
    change (which records the moment exactly)."""
    if "acd_status_since" in user:
        return float(user["acd_status_since"])
    changed = user.get("acd_status_change_time")
    return moment(changed).timestamp() if changed else now


def _period_end(start: datetime, aggregation: str) -> datetime:
    if aggregation == "hour":
        return start.replace(minute=0, second=0) + timedelta(hours=1)
    if aggregation == "day":
        return start.replace(hour=0, minute=0, second=0) + timedelta(days=1)
    if aggregation == "week":
        monday = start.replace(hour=0, minute=0, second=0) - timedelta(days=start.weekday())
        return monday + timedelta(days=7)
    if aggregation == "month":
        first = start.replace(day=1, hour=0, minute=0, second=0)
        return first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
    return start.replace(month=1, day=1, hour=0, minute=0, second=0).replace(year=start.year + 1)


def periods(low: datetime, high: datetime, aggregation: str) -> list[tuple[datetime, datetime]]:
    """The aggregation's periods covering [low, high): one for `none`."""
    if aggregation in ("", "none"):
        return [(low, high)]
    found: list[tuple[datetime, datetime]] = []
    start = low
    while start < high:
        try:
            end = _period_end(start, aggregation)
        except (ValueError, OverflowError):  # the calendar's last year: its period ends with the window
            end = high
        found.append((start, min(end, high)))
        start = end
        if len(found) > MAX_PERIODS:
            raise vox_error(
                RULE_VIOLATED,
                f"the period holds more than {MAX_PERIODS} {aggregation}s: narrow it or aggregate more",
            )
    return found


class AcdStatistics(Base):
    # --- recording ----------------------------------------------------------------------------

    def change_acd_status(self, account: Account, user: dict[str, Any], status: str) -> None:
        """Set an operator's ACD status, closing the stretch of the previous one."""
        now = self.clock.time()
        log = user.setdefault("acd_status_log", [])
        log.append({"status": user["acd_status"], "from": status_since(user, now), "to": now})
        del log[:-STATUS_LOG_SIZE]
        user.update(acd_status=status, acd_status_change_time=self.now(), acd_status_since=now)
        self.save(account, "user", user["user_id"], user)

    def record_acd_request(self, account: Account, request: dict[str, Any]) -> dict[str, Any]:
        """Record a request that went through a queue: its events follow from its times."""
        history_id = self.new_id(KIND, 1)
        begin = datetime.strptime(request["begin_time"], DATETIME)
        waited = begin + timedelta(seconds=request["waiting_time"])
        events = [{"time": request["begin_time"], "acd_session_event_type": "NEW_REQUEST"}]
        if request["rejected"]:
            events.append({"time": request["begin_time"], "acd_session_event_type": "REJECTED"})
        elif request["unserviced"]:
            events.append({"time": waited.strftime(DATETIME), "acd_session_event_type": "CALLER_HANGUP"})
        else:
            ended = waited + timedelta(seconds=request["talk_time"])
            events += [
                {"time": waited.strftime(DATETIME), "acd_session_event_type": "SERVICE_STARTED"},
                {"time": ended.strftime(DATETIME), "acd_session_event_type": "SERVICE_FINISHED"},
            ]
        for event in events:
            event["acd_queue_id"] = request["acd_queue_id"]
            if request.get("user_id") is not None and event["acd_session_event_type"].startswith("SERVICE"):
                event["user_id"] = request["user_id"]
        doc = {**request, "acd_session_history_id": history_id, "acd_request_id": f"{history_id:010x}"}
        doc["events"] = events
        self.save_dated(account, KIND, history_id, doc, request["begin_time"])
        return doc

    # --- reading ------------------------------------------------------------------------------

    def _acd_window(self, form: Form) -> tuple[str, str]:
        """The period's bounds as the wire writes them (strftime would drop a small year's zeros)."""
        for name in ("from_date", "to_date"):
            if form.has(name):
                form.moment(name)  # refuses a day the calendar has not
        low = form.text("from_date") if form.has("from_date") else "0001-01-01 00:00:00"
        high = form.text("to_date") if form.has("to_date") else self.now()
        return low, high

    def _acd_sessions(self, account: Account, low: str, high: str) -> list[dict[str, Any]]:
        return self.dated(account, KIND, low, high, "begin_time")

    def _acd_pick(
        self, account: Account, form: Form, field: str, kind: str, key: str
    ) -> list[dict[str, Any]]:
        docs = self.all_of(account, kind)  # the account's users or queues: what the report covers
        wanted = form.ids(field)
        if wanted is None or wanted == ALL:
            return sorted(docs, key=lambda d: int(d[key]))
        by_id = {int(d[key]): d for d in docs}
        missing = [str(i) for i in wanted if i not in by_id]
        if missing:
            raise not_found(f"{'User' if kind == 'user' else 'ACD queue'} {', '.join(missing)}")
        return [by_id[i] for i in dict.fromkeys(wanted)]

    @staticmethod
    def _acd_reports(form: Form, known: tuple[str, ...]) -> tuple[str, ...]:
        """The reports asked for (the spec's pattern admits only known names), in their usual order."""
        wanted = form.names("report")
        if wanted is None or wanted == ALL:
            return known
        return tuple(r for r in known if r in wanted)

    def get_acdhistory(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        sessions = self._acd_sessions(account, *self._acd_window(form))
        for field, key in (
            ("acd_session_history_id", "acd_session_history_id"),
            ("acd_queue_id", "acd_queue_id"),
        ):
            sessions = [s for s in sessions if matches(s[key], form.ids(field))]
        sessions = [s for s in sessions if matches(s.get("user_id"), form.ids("user_id"))]
        sessions = [s for s in sessions if matches(s["acd_request_id"], form.names("acd_request_id"))]
        if form.has("callerid"):
            sessions = [s for s in sessions if s.get("callerid") == form.text("callerid")]
        if form.has("custom_data"):
            sessions = [s for s in sessions if form.text("custom_data") in (s.get("custom_data") or "")]
        for flag in ("operator_hangup", "unserviced", "rejected"):
            if form.has(flag):
                sessions = [s for s in sessions if bool(s.get(flag)) == form.flag(flag)]
        if form.has("min_waiting_time"):
            sessions = [s for s in sessions if s["waiting_time"] >= form.integer("min_waiting_time")]
        sessions.sort(
            key=lambda s: (s["begin_time"], s["acd_session_history_id"]), reverse=form.flag("desc_order")
        )
        views = []
        for session in sessions:
            view = {
                k: v
                for k, v in session.items()
                if v is not None and not k.startswith("_") and k not in ("events", "acw_time", "queue_length")
            }
            if form.flag("with_events"):
                view["events"] = session["events"]
            views.append(view)
        return self.ok(**listing(views, form))

    def get_acdqueue_statistics(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        low, high = self._acd_window(form)
        queues = self._acd_pick(account, form, "acd_queue_id", "acd_queue", "acd_queue_id")
        reports = self._acd_reports(form, (*QUEUE_ITEMS, *QUEUE_CALLS, "SL"))
        sessions = self._acd_sessions(account, low, high)
        rows = []
        for start, end in periods(moment(low), moment(high), form.text("aggregation")):
            lo, hi = start.strftime(DATETIME), end.strftime(DATETIME)
            for queue in queues:
                mine = [
                    s
                    for s in sessions
                    if s["acd_queue_id"] == queue["acd_queue_id"] and lo <= s["begin_time"] <= hi
                ]
                rows.append(
                    {
                        "acd_queue_id": queue["acd_queue_id"],
                        "date": lo[:10],
                        **self._queue_figures(mine, reports),
                    }
                )
        return self.ok(result=rows)

    @staticmethod
    def _queue_figures(sessions: list[dict[str, Any]], reports: tuple[str, ...]) -> dict[str, Any]:
        served = [s for s in sessions if not s["unserviced"] and not s["rejected"]]
        abandoned = [s for s in sessions if s["unserviced"] and not s["rejected"]]
        rejected = [s for s in sessions if s["rejected"]]
        within = [s for s in served if s["waiting_time"] <= ACCEPTABLE_WAITING_TIME]
        figures: dict[str, Any] = {
            "WT": item(s["waiting_time"] for s in sessions if not s["rejected"]),
            "SA": item(s["waiting_time"] for s in served),
            "AT": item(s["waiting_time"] for s in abandoned),
            "TT": item(s["talk_time"] for s in served),
            "ACW": item(s.get("acw_time", 0) for s in served),
            "HT": item(s["talk_time"] + s.get("acw_time", 0) for s in served),
            "QL": item(s.get("queue_length", 0) for s in sessions),
            "AC": [{"count": len(served)}],
            "UAC": [{"count": len(abandoned)}],
            "RC": [{"count": len(rejected)}],
            "SL": [
                {
                    "acceptable_waiting_time": ACCEPTABLE_WAITING_TIME,
                    "call_count": len(served),
                    "service_level": round(100.0 * len(within) / len(served), 2) if served else 0.0,
                }
            ],
        }
        return {name: figures[name] for name in reports}

    def get_acdoperator_statistics(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        low, high = self._acd_window(form)
        users = self._acd_pick(account, form, "user_id", "user", "user_id")
        queues = self._acd_pick(account, form, "acd_queue_id", "acd_queue", "acd_queue_id")
        reports = self._acd_reports(form, OPERATOR_REPORTS)
        sessions = [
            s for s in self._acd_sessions(account, low, high) if not s["unserviced"] and not s["rejected"]
        ]
        by_queue = form.text("group") == "queue"
        groups: dict[int, list[dict[str, Any]]] = {}
        for start, end in periods(moment(low), moment(high), form.text("aggregation")):
            lo, hi = start.strftime(DATETIME), end.strftime(DATETIME)
            for user in users:
                for queue in queues:
                    mine = [
                        s
                        for s in sessions
                        if s.get("user_id") == user["user_id"]
                        and s["acd_queue_id"] == queue["acd_queue_id"]
                        and lo <= s["begin_time"] <= hi
                    ]
                    figures = {
                        "SA": item(s["waiting_time"] for s in mine),
                        "TT": item(s["talk_time"] for s in mine),
                        "ACW": item(s.get("acw_time", 0) for s in mine),
                        "HT": item(s["talk_time"] + s.get("acw_time", 0) for s in mine),
                    }
                    row = {"date": lo[:10], **{name: figures[name] for name in reports}}
                    row.update(
                        {"user_id": user["user_id"]} if by_queue else {"acd_queue_id": queue["acd_queue_id"]}
                    )
                    groups.setdefault(queue["acd_queue_id"] if by_queue else user["user_id"], []).append(row)
        key = "acd_queue_id" if by_queue else "user_id"
        return self.ok(result=[{key: owner, "statistics": rows} for owner, rows in groups.items()])

    def get_acdoperator_status_statistics(self, call: ApiCall) -> Reply:
        account, form = self.account(call), self.form(call)
        low, high = self._acd_window(form)
        users = self._acd_pick(account, form, "user_id", "user", "user_id")
        wanted = form.names("acd_status")
        statuses = STATUSES if wanted is None or wanted == ALL else tuple(s for s in STATUSES if s in wanted)
        now = self.clock.time()
        window = periods(moment(low), moment(high), form.text("aggregation"))
        result = []
        for user in users:
            stretches = [*user.get("acd_status_log", [])]
            stretches.append({"status": user["acd_status"], "from": status_since(user, now), "to": now})
            rows = []
            for start, end in window:
                lo, hi = start.timestamp(), end.timestamp()
                if end == window[-1][1] and not form.has("to_date"):
                    hi = now  # up to this moment, not the start of its second
                spent = {
                    status: [
                        min(s["to"], hi) - max(s["from"], lo)
                        for s in stretches
                        if s["status"] == status and min(s["to"], hi) > max(s["from"], lo)
                    ]
                    for status in statuses
                }
                detail = {status: item(round(v, 3) for v in spent[status]) for status in statuses}
                rows.append({"date": start.strftime("%Y-%m-%d"), "acd_status": [detail]})
            result.append({"user_id": user["user_id"], "statistics": rows})
        return self.ok(result=result)
