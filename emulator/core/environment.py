"""What every provider shares: settings, the store, the clock, the timeline, the far end and the outbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .clock import Clock
from .delivery_faults import faulty_attempts
from .destinations import Destinations
from .farend import FarEndModel
from .faults import FaultBook
from .journal import Journal
from .outbox import Outbox
from .ratelimit import RateLimiter
from .store import SQLiteStore, Store
from .timeline import Timeline

CLOCK_NS, CLOCK_KIND, CLOCK_KEY = "emulator", "clock", "state"


@dataclass(slots=True)
class Settings:
    db_path: Path | None = None
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
    limiter: RateLimiter = field(default_factory=RateLimiter)
    faults: FaultBook = field(default_factory=FaultBook)  # in memory: a reset clears them
    journal: Journal = field(default_factory=Journal)

    @classmethod
    def create(cls, settings: Settings) -> Environment:
        store = SQLiteStore(settings.db_path)
        clock = Clock(frozen=settings.frozen_clock)

        def save_clock(state: dict[str, object]) -> None:
            store.put(CLOCK_NS, CLOCK_KIND, CLOCK_KEY, dict(state))

        clock.restore(store.get(CLOCK_NS, CLOCK_KIND, CLOCK_KEY), save_clock)
        timeline = Timeline(store, clock)
        destinations = Destinations(settings.callback_hosts)
        faults = FaultBook()
        outbox = Outbox(store, timeline, destinations)
        outbox.attempt_through = faulty_attempts(faults, clock)
        return cls(
            settings=settings,
            store=store,
            clock=clock,
            timeline=timeline,
            farend=FarEndModel(store),
            outbox=outbox,
            destinations=destinations,
            faults=faults,
        )
