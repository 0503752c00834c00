"""Per-key token buckets, for vendors that document a request rate limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RateLimit:
    requests: int
    per_seconds: float
    scope: str = "customer"

    def describe(self) -> str:
        unit = "request" if self.requests == 1 else "requests"
        window = "second" if self.per_seconds == 1 else f"{self.per_seconds:g} seconds"
        return f"{self.requests} {unit} per {window} per {self.scope}"


class RateLimiter:
    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)

    def acquire(self, key: str, limit: RateLimit, now: float) -> float | None:
        """Take a token for `key`; None when allowed, else the seconds to wait before retrying."""
        rate = limit.requests / limit.per_seconds
        tokens, last = self._buckets.get(key, (float(limit.requests), now))
        tokens = min(float(limit.requests), tokens + (now - last) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / rate

    def reset(self) -> None:
        self._buckets.clear()
