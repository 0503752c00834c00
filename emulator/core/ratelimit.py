"""Per-key token buckets, for vendors that document a request rate limit.

The buckets are kept in the store, each taken in a transaction, so that a limit holds across every
process serving one world (replicas, workers) and survives a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from .store_base import Store

NAMESPACE, KIND = "emulator", "rate_bucket"


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
    def __init__(self, store: Store) -> None:
        self.store = store

    def acquire(self, key: str, limit: RateLimit, now: float) -> float | None:
        """Take a token for `key`; None when allowed, else the seconds to wait before retrying."""
        rate = limit.requests / limit.per_seconds
        with self.store.transaction():
            bucket = self.store.get(NAMESPACE, KIND, key)
            tokens, last = (bucket["tokens"], bucket["at"]) if bucket else (float(limit.requests), now)
            # max(): another process may have refilled the bucket at a slightly later clock reading.
            tokens = min(float(limit.requests), tokens + max(0.0, now - last) * rate)
            allowed = tokens >= 1.0
            left = tokens - 1.0 if allowed else tokens
            self.store.put(NAMESPACE, KIND, key, {"key": key, "tokens": left, "at": max(now, last)})
        return None if allowed else (1.0 - tokens) / rate

    def reset(self) -> None:
        with self.store.transaction():
            # Bounded by configuration: one bucket per customer that made a rate-limited request.
            for bucket_key in [doc["key"] for doc in self.store.list(NAMESPACE, KIND)]:
                self.store.delete(NAMESPACE, KIND, bucket_key)
