"""What every provider shares: settings, the store, the clock, the timeline, the far end and the outbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .clock import Clock
from .delivery_faults import faulty_attempts
from .destinations import Destinations
from .farend import FarEndModel
from .faults import FaultBook
from .faults_store import KIND as FAULTS_KIND
from .faults_store import NAMESPACE as FAULTS_NS
from .faults_store import StoreFaultBook
from .journal import Journal
from .journal_store import StoreJournal
from .outbox import Outbox
from .ratelimit import RateLimiter
from .store_base import Store
from .store_factory import is_shared, open_store
from .timeline import Timeline

CLOCK_NS, CLOCK_KIND, CLOCK_KEY = "emulator", "clock", "state"
# How often a process sharing its store looks for events other processes scheduled (their own runner
# fires them on time; this bounds the delay when that process is gone).
SHARED_POLL_S = 0.5


@dataclass(slots=True)
class Settings:
    db_path: Path | None = None  # an SQLite file
    db_url: str | None = None  # a PostgreSQL database (postgresql://...), instead of db_path
    rate_limit: bool = True
    demo: bool = True
    max_body_bytes: int = 8 * 1024 * 1024
    # Seconds to wait for more of a request body before answering 408.
    body_read_timeout: float = 20.0
    docs_dir: Path | None = None
    control_token: str | None = None  # when set, /_emulator/ needs `Authorization: Bearer <token>`
    frozen_clock: bool = False  # emulator time stands still except when advanced through the control API
    callback_hosts: tuple[str, ...] = ()  # hosts besides loopback that callbacks may be delivered to


@dataclass(slots=True)
class Environment:
    settings: Settings
    store: Store
    clock: Clock
    timeline: Timeline
    farend: FarEndModel
    outbox: Outbox
    destinations: Destinations
    limiter: RateLimiter
    faults: FaultBook = field(default_factory=FaultBook)  # a reset clears them
    journal: Journal | StoreJournal = field(default_factory=Journal)
    shared: bool = False  # other processes may serve the same store

    def sync_shared(self) -> None:
        """Take on what another process sharing the store changed: the clock (advance, freeze, reset),
        the rate-limit switch and whether fault rules are in force, kept in one document so that this is
        one read per request."""
        if not self.shared:
            return
        saved = self.store.get(CLOCK_NS, CLOCK_KIND, CLOCK_KEY)
        if saved is None:
            return
        clock = {"offset": saved.get("offset"), "frozen_at": saved.get("frozen_at")}
        if clock != self.clock.state():
            self.clock.adopt(clock)
        rate_limit = saved.get("rate_limit")
        if isinstance(rate_limit, bool):
            self.settings.rate_limit = rate_limit
        if isinstance(self.faults, StoreFaultBook):
            self.faults.known = int(saved.get("fault_rules") or 0)

    def share_settings(self) -> None:
        """Save the clock, the rate-limit switch and the fault rules' count for every process sharing the
        store."""
        state = _shared_state(self.clock.state(), self.settings, self.faults)
        self.store.put(CLOCK_NS, CLOCK_KIND, CLOCK_KEY, state)

    @classmethod
    def create(cls, settings: Settings) -> Environment:
        store = open_store(settings.db_path, settings.db_url)
        shared = is_shared(settings.db_path, settings.db_url)
        clock = Clock(frozen=settings.frozen_clock)
        faults = StoreFaultBook(store) if shared else FaultBook()
        if isinstance(faults, StoreFaultBook):
            faults.known = store.count(FAULTS_NS, FAULTS_KIND)  # before the shared state is saved below

        def save_clock(state: dict[str, object]) -> None:
            store.put(CLOCK_NS, CLOCK_KIND, CLOCK_KEY, _shared_state(state, settings, faults))

        clock.restore(store.get(CLOCK_NS, CLOCK_KIND, CLOCK_KEY), save_clock)
        save_clock(clock.state())  # this process's --clock and --rate-limit hold for all sharing the store
        timeline = Timeline(store, clock)
        destinations = Destinations(settings.callback_hosts)
        outbox = Outbox(store, timeline, destinations)
        outbox.attempt_through = faulty_attempts(faults, clock)
        env = cls(
            settings=settings,
            store=store,
            clock=clock,
            timeline=timeline,
            farend=FarEndModel(store),
            outbox=outbox,
            destinations=destinations,
            faults=faults,
            limiter=RateLimiter(store),
            journal=StoreJournal(store) if shared else Journal(),
            shared=shared,
        )
        if isinstance(faults, StoreFaultBook):
            faults.on_change = env.share_settings
        if shared:
            timeline.poll_s = SHARED_POLL_S
            timeline.before_firing = env.sync_shared
        return env


def _shared_state(clock: dict[str, object], settings: Settings, faults: FaultBook) -> dict[str, object]:
    """What every process sharing the store reads at each request, in one document."""
    rules = faults.known if isinstance(faults, StoreFaultBook) else 0
    return {**clock, "rate_limit": settings.rate_limit, "fault_rules": rules}
