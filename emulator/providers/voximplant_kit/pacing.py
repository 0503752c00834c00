"""Campaign dialling on the emulator clock: never more calls at once than the campaign's lines, never
outside its calling window, each contact again only after its retry interval.

A campaign's dialling is a timeline event (`…campaign.step`, one pending per campaign): it fills the free
lines with the contacts that are due and inside their window, then schedules itself for the next moment a
waiting contact becomes due. A call's end frees its line and steps the campaign again. Each campaign family
(outbound/*, agentCampaigns/*, campaigns/*) says what its contacts are and how a result changes them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ...core.environment import Environment
from ...core.store import Document, Event
from .calls import Calls, Dial
from .tenancy import API_ID, get_account, namespace

STEP_TOPIC = f"{API_ID}.campaign.step"
LINE_WAITER = "line_waiter"  # a campaign that has due contacts but no free line
ALL_DAYS = (1, 2, 3, 4, 5, 6, 7)


def clock_time(text: str) -> time:
    parts = [int(p) for p in str(text).split(":")] + [0, 0]
    return time(parts[0], parts[1], parts[2])


def window_error(working_time: Any) -> str | None:
    """Why a `working_time` value is not a daily window, or None when it is one (or empty)."""
    if working_time == []:
        return None
    if not isinstance(working_time, list) or len(working_time) != 2:
        return "working_time must hold a start and an end time"
    for text in working_time:
        try:
            clock_time(text)
        except (TypeError, ValueError):
            return f"working_time: {text!r} is not a time of day (HH:mm or HH:mm:ss)"
    return None


def next_opening(
    now: datetime, zone: str | None, start: time | None, end: time | None, days: Any = ALL_DAYS
) -> datetime:
    """`now` when the contact's local time is inside the daily window (on a working day), else the next
    opening; no window at all is always open."""
    if start is None or end is None:
        start, end = time(0, 0, 0), time(23, 59, 59)
    tz = ZoneInfo(zone) if zone else now.tzinfo
    local = now.astimezone(tz)
    for day in range(8):
        candidate = local if day == 0 else datetime.combine(local.date() + timedelta(days=day), start, tz)
        if candidate.isoweekday() not in days:
            continue
        if candidate.time() < start:
            candidate = datetime.combine(candidate.date(), start, tz)
        if candidate.time() <= end:
            return candidate.astimezone(now.tzinfo)
    return now + timedelta(days=7)  # no working day at all: look again in a week


def wait(item: Document, campaign_id: int) -> None:
    """Put a contact back in its campaign's queue (one on a call is queued again when the call ends)."""
    item["_waiting"] = None if item.get("_in_call") else campaign_id


def window(working_time: Any) -> tuple[time | None, time | None]:
    """A `["HH:mm[:ss]", "HH:mm[:ss]"]` daily window; empty: always open."""
    if isinstance(working_time, list) and len(working_time) == 2:
        return clock_time(working_time[0]), clock_time(working_time[1])
    return None, None


class Family(ABC):
    """One kind of campaign: what its contacts are, how many lines it has, how a call's end changes it."""

    name: str
    kind: str  # the campaign's store kind
    item_kind: str

    def __init__(self, env: Environment, calls: Calls, pacer: Pacer) -> None:
        self.env, self.store, self.calls, self.pacer = env, env.store, calls, pacer

    @abstractmethod
    def runnable(self, ns: str, campaign: Document, now: datetime) -> tuple[bool, float | None]:
        """Whether it dials now (after moving its status by the calendar), and when to look again if not."""
        ...

    @abstractmethod
    def lines(self, ns: str, account: Document, campaign: Document) -> int: ...

    @abstractmethod
    def due_at(self, ns: str, campaign: Document, item: Document, now: datetime) -> float | None:
        """When a waiting contact may be dialled: its retry time, moved into its calling window (None: not
        until something else changes, e.g. its list is resumed)."""
        ...

    @abstractmethod
    def dial(self, ns: str, account: Document, campaign: Document, item: Document) -> Dial: ...

    @abstractmethod
    def finished(self, ns: str, campaign: Document, item: Document, record: Document) -> None:
        """Update the contact (and the campaign) from the call's record."""
        ...

    def order(self, campaign: Document, item: Document) -> tuple[Any, ...]:
        """Which due contact is dialled first: the one due longest, then the one added first."""
        return (float(item["_next_at"]), int(item["id"]))

    def later(self, campaign: Document) -> list[float]:
        """Other moments the campaign must look again (e.g. its end date)."""
        return []


class Pacer:
    def __init__(self, env: Environment, calls: Calls) -> None:
        self.env, self.store, self.calls = env, env.store, calls
        self.families: dict[str, Family] = {}
        env.timeline.on(STEP_TOPIC, self._on_step)
        calls.line_freed = self.line_freed

    def add(self, family: Family) -> None:
        self.families[family.name] = family
        self.store.index(family.item_kind, "_waiting")
        self.calls.hooks[family.name] = self._on_finished

    def kick(self, ns: str, family: str, campaign_id: int, at: float | None = None) -> None:
        """Have the campaign look at its contacts (now, or at `at`): one pending step per campaign."""
        key = f"{ns}/{family}/{campaign_id}"
        self.env.timeline.cancel(STEP_TOPIC, key)
        moment = self.env.clock.time() if at is None else at
        payload = {"domain": ns.split("/", 1)[1], "family": family, "campaign_id": campaign_id}
        self.env.timeline.at(moment, STEP_TOPIC, payload, key=key)

    def _on_step(self, event: Event) -> None:
        ns = namespace(str(event.payload["domain"]))
        self.step(ns, self.families[str(event.payload["family"])], int(event.payload["campaign_id"]))

    def step(self, ns: str, family: Family, campaign_id: int) -> None:
        campaign = self.store.get(ns, family.kind, str(campaign_id))
        account = get_account(self.store, ns.split("/", 1)[1])
        if campaign is None or account is None:
            return
        now = self.env.clock.now()
        runnable, look_again = family.runnable(ns, campaign, now)
        campaign = self.store.get(ns, family.kind, str(campaign_id)) or campaign  # runnable may move it
        if not runnable:
            if look_again is not None:
                self.kick(ns, family.name, campaign_id, look_again)
            return
        live: list[int] = campaign.setdefault("_live", [])
        own_free = family.lines(ns, account, campaign) - len(live)
        # The account's lines are shared by all its calls (scenario calls too): count those in progress.
        account_free = int(account["max_lines_count"]) - self.store.count(ns, "live_call")
        free = max(0, min(own_free, account_free))
        ready: list[tuple[tuple[Any, ...], Document]] = []
        later: list[float] = family.later(campaign)
        for item in self.store.find(ns, family.item_kind, "_waiting", campaign_id):
            at = family.due_at(ns, campaign, item, now)
            if at is None or item.get("_in_call"):
                continue
            if at <= now.timestamp():
                ready.append((family.order(campaign, item), item))
            else:
                later.append(at)
        ready.sort(key=lambda entry: entry[0])
        for _, item in ready[:free]:
            dial = family.dial(ns, account, campaign, item)
            dial.origin = family.name
            item["_waiting"], item["_in_call"] = None, True
            self.store.put(ns, family.item_kind, str(item["id"]), item)
            live.append(self.calls.place(ns, account, dial))
            account = get_account(self.store, account["domain"]) or account
        self.store.put(ns, family.kind, str(campaign_id), {**campaign, "_live": live})
        if len(ready) > free:
            # More are due than there are lines: the end of the next call of the account (its own, another
            # campaign's, a scenario's or an agent's) steps the campaign again.
            key = f"{family.name}/{campaign_id}"
            self.store.put(ns, LINE_WAITER, key, {"family": family.name, "campaign_id": campaign_id})
            return
        if later:
            self.kick(ns, family.name, campaign_id, min(later))

    def line_freed(self, ns: str) -> None:
        """A call of the account ended: campaigns that waited for one of the account's lines look again."""
        if not self.store.count(ns, LINE_WAITER):
            return
        # At most one waiter per campaign that is dialling: bounded by the account's running campaigns.
        for waiter in self.store.list(ns, LINE_WAITER):
            self.store.delete(ns, LINE_WAITER, f"{waiter['family']}/{waiter['campaign_id']}")
            self.kick(ns, str(waiter["family"]), int(waiter["campaign_id"]))

    def _on_finished(self, ns: str, record: Document, dial: Dial) -> None:
        family = self.families[str(dial.origin)]
        campaign = self.store.get(ns, family.kind, str(dial.campaign_id))
        item = self.store.get(ns, family.item_kind, str(dial.calllist_item_id))
        if campaign is None:
            return
        campaign["_live"] = [c for c in campaign.get("_live", []) if c != record["id"]]
        self.store.put(ns, family.kind, str(campaign["id"]), campaign)
        if item is not None:
            item["_in_call"] = False
            family.finished(ns, campaign, item, record)
        self.kick(ns, family.name, int(campaign["id"]))
