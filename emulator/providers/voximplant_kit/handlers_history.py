"""Call history (calls/searchCalls, history/searchCalls v3 and v4), tags and topics on calls, and reports."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from ...core.errors import ApiError
from ...core.provider import ApiCall, Reply
from ...core.store import Document
from . import reports
from .base import KitBase
from .calls import START_DAY
from .outcomes import digits
from .tenancy import parse_kit_time
from .wire import DEFAULT_PER_PAGE, MAX_PER_PAGE, arg, json_field, meta, ok, paged, public, require


def filter_calls(
    calls: list[Document],
    *,
    call_id: Any = None,
    direction: str | None = None,
    scenario_ids: list[int] | None = None,
    campaign_ids: list[int] | None = None,
    phone: Any = None,
    start: str | None = None,
    end: str | None = None,
) -> list[Document]:
    """The calls matching Kit's call-search filters (a phone filter matches digits in A or B)."""
    begin, finish = (parse_kit_time(start) if start else None), (parse_kit_time(end) if end else None)
    wanted_phone = digits(str(phone)) if phone is not None else None
    out = []
    for call in calls:
        if call_id is not None and call["id"] != int(call_id):
            continue
        if (direction == "outgoing" and call["is_incoming"]) or (
            direction == "incoming" and not call["is_incoming"]
        ):
            continue
        if scenario_ids is not None and call["scenario_id"] not in scenario_ids:
            continue
        if campaign_ids is not None and call["campaign_id"] not in campaign_ids:
            continue
        if wanted_phone and wanted_phone not in call["phone_a"] + " " + call["phone_b"]:
            continue
        moment = parse_kit_time(call["datetime_start"])
        if (begin and moment and moment < begin) or (finish and moment and moment > finish):
            continue
        out.append(call)
    return out


MAX_WINDOW_DAYS = 93  # a date window up to about a quarter is read day by day

# Anything but paging makes a v3 history search look at more than one page of the history.
HISTORY_V3_FILTERS = (
    "id",
    "call_direction",
    "scenario_ids",
    "campaign_ids",
    "phone",
    "datetime_start",
    "datetime_end",
    "sort",
    "fields",
)


class HistoryHandlers(KitBase):
    # --- calls and history ---------------------------------------------------------------------

    def _calls(
        self, call: ApiCall, call_id: Any = None, scenario_ids: Any = None, campaign_ids: Any = None
    ) -> list[Document]:
        """The calls a search can match, by the narrowest indexed filter it names (filter_calls applies
        them all); without one, a phone, direction or date filter looks at the account's whole history."""
        ns = self.ns(call)
        if call_id is not None:
            found = self.store.get(ns, "call", str(call_id))
            return [found] if found else []
        for field, ids in (("campaign_id", campaign_ids), ("scenario_id", scenario_ids)):
            if isinstance(ids, list):
                return [c for i in dict.fromkeys(ids) for c in self.store.find(ns, "call", field, i)]
        days = self._window_days(arg(call, "datetime_start"), arg(call, "datetime_end"))
        if days is not None:
            return [c for day in days for c in self.store.find(ns, "call", START_DAY, day)]
        return self.store.list(ns, "call")

    def _window_days(self, start: Any, end: Any) -> list[str] | None:
        """The UTC days of a date window (open-ended: up to now), or None when it has no start or spans
        more than MAX_WINDOW_DAYS (then the history is read whole)."""
        begin = parse_kit_time(start) if start else None
        if begin is None:
            return None
        finish = (parse_kit_time(end) if end else None) or self.now()
        first, last = begin.date(), finish.date()
        if last < first:
            return []
        if (last - first).days > MAX_WINDOW_DAYS:
            return None
        return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]

    def calls_search_calls(self, call: ApiCall) -> Reply:
        scenario = arg(call, "scenario_id")
        found = filter_calls(
            self._calls(call, arg(call, "id"), None if scenario is None else [scenario]),
            call_id=arg(call, "id"),
            direction=arg(call, "call_direction"),
            scenario_ids=None if scenario is None else [scenario],
            phone=arg(call, "phone"),
            start=arg(call, "datetime_start"),
            end=arg(call, "datetime_end"),
        )
        return paged(call, [_calls_type(c) for c in found])

    def _history_v3(self, call: ApiCall, call_id: Any = None) -> list[Document]:
        """The calls the v3 history methods select: the same filters for searching and exporting."""
        scenario_ids, campaign_ids = json_field(call, "scenario_ids"), json_field(call, "campaign_ids")
        return filter_calls(
            self._calls(call, call_id, scenario_ids, campaign_ids),
            call_id=call_id,
            direction=arg(call, "call_direction"),
            scenario_ids=scenario_ids,
            campaign_ids=campaign_ids,
            phone=arg(call, "phone"),
            start=arg(call, "datetime_start"),
            end=arg(call, "datetime_end"),
        )

    def history_search_calls_v3(self, call: ApiCall) -> Reply:
        every = arg(call, "per-page") is not None and int(arg(call, "per-page")) == 0
        if not every and not any(arg(call, name) is not None for name in HISTORY_V3_FILTERS):
            return self._history_page(call)
        return paged(call, self._history_v3(call, call_id=arg(call, "id")))

    def _history_page(self, call: ApiCall) -> Reply:
        """An unfiltered history search reads one page: the calls that ended last come first."""
        ns = self.ns(call)
        per_page = min(int(arg(call, "per-page") or DEFAULT_PER_PAGE), MAX_PER_PAGE)
        page = min(max(1, int(arg(call, "page") or 1)), 2**31 - 1)
        total = self.store.count(ns, "call")
        rows = [
            public(c) for c in self.store.page(ns, "call", (page - 1) * per_page, per_page, newest_first=True)
        ]
        return ok(rows, meta(total, math.ceil(total / per_page), page, per_page))

    def history_search_calls_v4(self, call: ApiCall) -> Reply:
        found = filter_calls(
            self._calls(call, arg(call, "id")),
            call_id=arg(call, "id"),
            direction=arg(call, "call_direction"),
            phone=arg(call, "phone"),
            start=arg(call, "from"),
            end=arg(call, "to"),
        )
        found.sort(key=lambda c: c["id"], reverse=True)
        cursor = arg(call, "cursor")
        if cursor:
            if not str(cursor).isdigit():
                raise ApiError(400, "cursor is not a cursor of a previous response")
            found = [c for c in found if c["id"] < int(cursor)]
        limit = int(arg(call, "limit") or 50)
        page, rest = found[:limit], found[limit:]
        next_cursor = str(page[-1]["id"]) if rest else None
        return Reply(body={"success": True, "result": [public(c) for c in page], "cursor": next_cursor})

    def bind_tags(self, call: ApiCall) -> Reply:
        record = self.entity(call, "call", require(call, "call_id"), "Call")
        ids = json_field(call, "tags", [])
        tags = []
        for tag_id in ids:
            tags.append(public(self.entity(call, "tag", tag_id, "Tag")))
        known = {t["id"] for t in record["tags"]}
        record["tags"] += [t for t in tags if t["id"] not in known]
        self.store.put(self.ns(call), "call", str(record["id"]), record)
        return ok(True)

    def bind_topics(self, call: ApiCall) -> Reply:
        record = self.entity(call, "call", require(call, "call_id"), "Call")
        ids = json_field(call, "topics", [])
        for topic_id in ids:
            self.entity(call, "topic", topic_id, "Topic")
        record["_topics"] = sorted(set(record.get("_topics", [])) | set(ids))
        self.store.put(self.ns(call), "call", str(record["id"]), record)
        return ok(True)

    # --- reports ---------------------------------------------------------------------------------

    def export_history_report(self, call: ApiCall) -> Reply:
        scenario = arg(call, "scenario_id")
        found = filter_calls(
            self._calls(call, None, None if scenario is None else [scenario]),
            direction=arg(call, "call_direction"),
            scenario_ids=None if scenario is None else [scenario],
            start=arg(call, "from"),
            end=arg(call, "to"),
        )
        report = reports.export(
            self.store,
            self.ns(call),
            self.account(call),
            "history",
            found,
            reports.CALL_COLUMNS,
            "xlsx",
            self.now(),
        )
        return ok({"report_id": report["id"]})

    def export_calls_history_report(self, call: ApiCall) -> Reply:
        found = self._history_v3(call)
        file_format = arg(call, "format") or "xlsx"
        report = reports.export(
            self.store,
            self.ns(call),
            self.account(call),
            "calls",
            found,
            reports.CALL_COLUMNS,
            file_format,
            self.now(),
        )
        return ok({"report_id": report["id"]})

    def _status(self, call: ApiCall, kinds: tuple[str, ...] | None) -> Reply:
        report = reports.find(self.store, self.ns(call), require(call, "report_id"), kinds)
        return ok({"report_id": report["id"], "processed": reports.processed(report, self.now())})

    def _download(self, call: ApiCall, kinds: tuple[str, ...] | None) -> Reply:
        report = reports.find(self.store, self.ns(call), require(call, "report_id"), kinds)
        data, media_type = reports.render(report, self.now())
        return Reply(body=data, media_type=media_type)

    def get_history_report_status(self, call: ApiCall) -> Reply:
        return self._status(call, ("history",))

    def download_history_report(self, call: ApiCall) -> Reply:
        return self._download(call, ("history",))

    def get_report_status(self, call: ApiCall) -> Reply:
        return self._status(call, None)

    def download_report(self, call: ApiCall) -> Reply:
        return self._download(call, None)


def _calls_type(record: Document) -> Document:
    """A history record in the older calls/searchCalls shape (no campaign row fields)."""
    return {k: v for k, v in record.items() if k not in ("attempt_num", "calllist_item_id")}


__all__ = ["HistoryHandlers", "filter_calls"]
