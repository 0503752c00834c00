"""What the retry tests of every generated client share: fault rules on the emulator, and a sleep that
records each wait and moves the emulator clock by it (so Retry-After and rate limits play out on the
emulator's time, without real sleeping)."""

from __future__ import annotations

import logging
from typing import Any

import httpx

from ..conftest import LiveServer


def add_fault(live: LiveServer, **rule: Any) -> dict[str, Any]:
    with live.control() as control:
        response = control.post("/faults", json=rule)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def fired(live: LiveServer) -> list[int]:
    """How many times each fault rule has fired, in rule order."""
    with live.control() as control:
        return [rule["fired"] for rule in control.get("/faults").json()]


class EmulatorSleep:
    """A RetryPolicy's sleep and async_sleep: records the waits, advances the emulator clock by each."""

    def __init__(self, live: LiveServer) -> None:
        self.live = live
        self.waits: list[float] = []
        self._control = httpx.Client(base_url=f"{live.url}/_emulator", timeout=10)

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self._control.post("/clock", json={"advance_seconds": seconds}).raise_for_status()

    async def async_sleep(self, seconds: float) -> None:
        self(seconds)

    def clock(self) -> float:
        """A monotonic clock that moves only by the waits, as the frozen emulator clock does."""
        return sum(self.waits)

    def policy(self, retry_policy: Any, **options: Any) -> Any:
        """The package's RetryPolicy class, sleeping here; no jitter, so each wait is known."""
        return retry_policy(
            sleep=self, async_sleep=self.async_sleep, clock=self.clock, jitter=False, **options
        )


def retry_lines(caplog: Any, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno == logging.INFO]
