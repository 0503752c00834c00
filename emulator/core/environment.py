"""What every provider shares: settings, the store, the clock and the rate limiter."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .clock import Clock
from .ratelimit import RateLimiter
from .store import SQLiteStore, Store


@dataclass(slots=True)
class Settings:
    db_path: Path | None = None
    rate_limit: bool = True
    demo: bool = True
    max_body_bytes: int = 8 * 1024 * 1024
    docs_dir: Path | None = None
    control_token: str | None = None  # when set, /_emulator/ needs `Authorization: Bearer <token>`
    frozen_clock: bool = False  # emulator time stands still except when advanced through the control API
    callback_hosts: tuple[str, ...] = ()  # hosts besides loopback that callbacks may be delivered to


@dataclass(slots=True)
class Environment:
    settings: Settings
    store: Store
    clock: Clock = field(default_factory=Clock)
    limiter: RateLimiter = field(default_factory=RateLimiter)

    @classmethod
    def create(cls, settings: Settings) -> Environment:
        return cls(settings=settings, store=SQLiteStore(settings.db_path))
