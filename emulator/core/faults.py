"""Fault injection: rules that make a vendor API, or a customer's server, fail, slow down or vanish.

A rule names what it matches (the target: a vendor API's requests, or the emulator's own deliveries to
customer servers; an API, an operation, an HTTP method, a path) and what happens (an error in the vendor's
own format, added latency, a dropped connection, a request held until the client gives up, a refused
connection). It fires with a probability drawn from its own seeded generator (the same rules and requests
give the same faults on every run), at most `count` times, and only inside its window on the emulator clock.
Rules are kept in memory: test configuration, cleared with the rest of the world by a reset.

The first rule that matches a request and fires decides its fault; a request no rule fires on is served.
"""

from __future__ import annotations

import fnmatch
import math
import random
import threading
from dataclasses import dataclass, field
from typing import Any

TARGETS = ("api", "delivery")
# What a rule does; "refuse" is the customer's server refusing the connection, so it is for deliveries only.
ACTIONS = {
    "api": ("error", "latency", "drop", "timeout"),
    "delivery": ("error", "latency", "drop", "timeout", "refuse"),
}
DISTRIBUTIONS = ("fixed", "uniform", "lognormal")
MAX_LATENCY_MS = 120_000.0
MAX_HOLD_S = 300.0
DEFAULT_HOLD_S = 30.0


class FaultError(Exception):
    """A rule that cannot be used; the message says which field is wrong and why."""


@dataclass(slots=True)
class Latency:
    distribution: str
    fixed_ms: float = 0.0
    min_ms: float = 0.0
    max_ms: float = 0.0
    median_ms: float = 0.0
    sigma: float = 0.0

    def sample_s(self, rng: random.Random) -> float:
        if self.distribution == "uniform":
            ms = rng.uniform(self.min_ms, self.max_ms)
        elif self.distribution == "lognormal":
            ms = rng.lognormvariate(math.log(self.median_ms), self.sigma)
        else:
            ms = self.fixed_ms
        return min(ms, MAX_LATENCY_MS) / 1000.0

    def to_json(self) -> dict[str, Any]:
        if self.distribution == "uniform":
            return {"distribution": "uniform", "min_ms": self.min_ms, "max_ms": self.max_ms}
        if self.distribution == "lognormal":
            return {"distribution": "lognormal", "median_ms": self.median_ms, "sigma": self.sigma}
        return {"distribution": "fixed", "fixed_ms": self.fixed_ms}


@dataclass(slots=True)
class FaultRule:
    id: int
    target: str
    action: str
    api: str | None = None
    operation: str | None = None  # operationId or JSON-RPC method; for deliveries, the delivery's kind
    tenant: str | None = None  # deliveries only: the tenant they are sent for
    method: str | None = None
    path: str | None = None  # a prefix (whole segments), or a glob when it has * ? or [
    probability: float = 1.0
    count: int | None = None
    start_at: float | None = None  # emulator-clock window
    end_at: float | None = None
    status: int | None = None
    code: int | None = None  # JSON-RPC error code
    message: str | None = None
    data: Any = None  # JSON-RPC error data, or the body a customer's server answers with
    latency: Latency | None = None
    hold_s: float = DEFAULT_HOLD_S
    seed: int = 0
    fired: int = 0
    seen: int = 0  # requests that matched, fired or not
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def matches(
        self,
        target: str,
        api: str,
        operation: str | None,
        method: str,
        path: str,
        now: float,
        tenant: str | None,
    ) -> bool:
        if target != self.target or (self.count is not None and self.fired >= self.count):
            return False
        if self.start_at is not None and now < self.start_at:
            return False
        if self.end_at is not None and now >= self.end_at:
            return False
        if self.api is not None and api != self.api:
            return False
        if self.operation is not None and operation != self.operation:
            return False
        if self.tenant is not None and tenant != self.tenant:
            return False
        if self.method is not None and method.upper() != self.method:
            return False
        return self.path is None or path_matches(self.path, path)

    def delay_s(self) -> float:
        return self.latency.sample_s(self._rng) if self.latency is not None else 0.0

    def to_json(self) -> dict[str, Any]:
        shown = {
            "id": self.id,
            "target": self.target,
            "action": self.action,
            "api": self.api,
            "tenant": self.tenant,
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "probability": self.probability,
            "count": self.count,
            "start_at": self.start_at,
            "end_at": self.end_at,
            "status": self.status,
            "code": self.code,
            "message": self.message,
            "data": self.data,
            "latency": self.latency.to_json() if self.latency else None,
            "hold_s": self.hold_s,
            "seed": self.seed,
            "fired": self.fired,
            "seen": self.seen,
        }
        shown["remaining"] = None if self.count is None else max(0, self.count - self.fired)
        return shown


def path_matches(pattern: str, path: str) -> bool:
    if any(char in pattern for char in "*?["):
        return fnmatch.fnmatchcase(path, pattern)
    prefix = pattern.rstrip("/")
    return path == prefix or path.startswith(prefix + "/") or prefix == ""


class FaultBook:
    """The rules in force, in the order they were added."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._next_id = 1
        self._lock = threading.Lock()  # requests and deliveries may consult the book from several threads
        # operation names each API knows (filled by the served APIs), to refuse a rule that names none
        self.operations: dict[str, frozenset[str]] = {}

    def add(self, data: dict[str, Any], now: float) -> FaultRule:
        with self._lock:
            rule = parse_rule(data, self._next_id, now, self.operations)
            self._next_id += 1
            self._rules.append(rule)
        return rule

    def rules(self) -> list[FaultRule]:
        return list(self._rules)

    @property
    def active(self) -> bool:
        return bool(self._rules)

    def get(self, rule_id: int) -> FaultRule | None:
        return next((rule for rule in self._rules if rule.id == rule_id), None)

    def delete(self, rule_id: int) -> bool:
        with self._lock:
            kept = [rule for rule in self._rules if rule.id != rule_id]
            found = len(kept) != len(self._rules)
            self._rules = kept
        return found

    def clear(self) -> None:
        with self._lock:
            self._rules = []

    def pick(
        self,
        target: str,
        api: str,
        operation: str | None,
        method: str,
        path: str,
        now: float,
        tenant: str | None = None,
    ) -> FaultRule | None:
        """The rule that fires on this request, if any (counting it as fired)."""
        if not self._rules:  # the common case costs one check
            return None
        with self._lock:
            for rule in self._rules:
                if not rule.matches(target, api, operation, method, path, now, tenant):
                    continue
                rule.seen += 1
                # Drawn only for matching requests, so unrelated traffic does not change which ones fail.
                if rule.probability >= 1.0 or rule._rng.random() < rule.probability:
                    rule.fired += 1
                    return rule
        return None


# --- parsing ------------------------------------------------------------------------------------


def _number(data: dict[str, Any], name: str, low: float, high: float, default: Any = None) -> Any:
    value = data.get(name, default)
    if value is default:
        return default
    if not isinstance(value, int | float) or isinstance(value, bool) or not low <= value <= high:
        raise FaultError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    return float(value)


def _integer(data: dict[str, Any], name: str, low: int, high: int) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise FaultError(f"{name} must be an integer from {low} to {high}, got {value!r}")
    return value


def _text(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is not None and (not isinstance(value, str) or not value):
        raise FaultError(f"{name} must be a non-empty string, got {value!r}")
    return value


def parse_latency(value: Any) -> Latency:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = {"distribution": "fixed", "fixed_ms": value}
    if not isinstance(value, dict):
        raise FaultError("latency must be a number of milliseconds or an object with a distribution")
    distribution = value.get("distribution", "fixed")
    if distribution not in DISTRIBUTIONS:
        raise FaultError(
            f"latency.distribution must be one of {', '.join(DISTRIBUTIONS)}, got {distribution!r}"
        )
    top = MAX_LATENCY_MS
    if distribution == "uniform":
        low, high = _number(value, "min_ms", 0, top, 0.0), _number(value, "max_ms", 0, top)
        if high is None or high < low:
            raise FaultError("latency.max_ms is required for a uniform latency, and must not be below min_ms")
        return Latency("uniform", min_ms=low, max_ms=high)
    if distribution == "lognormal":
        median, sigma = _number(value, "median_ms", 0.001, top), _number(value, "sigma", 0, 10, 0.5)
        if median is None:
            raise FaultError("latency.median_ms is required for a lognormal latency")
        return Latency("lognormal", median_ms=median, sigma=sigma)
    fixed = _number(value, "fixed_ms", 0, top)
    if fixed is None:
        raise FaultError("latency.fixed_ms is required for a fixed latency")
    return Latency("fixed", fixed_ms=fixed)


def parse_rule(
    data: dict[str, Any], rule_id: int, now: float, operations: dict[str, frozenset[str]]
) -> FaultRule:
    known = set(FaultRule.__slots__) - {"id", "fired", "seen", "_rng", "latency"}
    unknown = sorted(set(data) - known - {"latency", "after_s", "for_s"})
    if unknown:
        raise FaultError(f"unknown field(s): {', '.join(unknown)}")
    target = data.get("target", "api")
    if target not in TARGETS:
        raise FaultError(f"target must be 'api' or 'delivery', got {target!r}")
    action = data.get("action")
    if action not in ACTIONS[target]:
        raise FaultError(
            f"action must be one of {', '.join(ACTIONS[target])} for target {target!r}, got {action!r}"
        )
    api, operation = _text(data, "api"), _text(data, "operation")
    if api is not None and operations and api not in operations:
        raise FaultError(f"api must be one of {', '.join(sorted(operations))}, got {api!r}")
    if target == "api" and operation is not None and operations:
        scope = [operations[api]] if api else list(operations.values())
        if not any(operation in names for names in scope):
            where = f"in {api}" if api else "in any API"
            raise FaultError(f"operation {operation!r} is no operationId or JSON-RPC method {where}")
    method = _text(data, "method")
    tenant = _text(data, "tenant")
    if tenant is not None and target != "delivery":
        raise FaultError("tenant matches deliveries only (a request's tenant is known after authentication)")
    path = _text(data, "path")
    if path is not None and not path.startswith(("/", "*")):
        raise FaultError(f"path must start with / (or be a glob starting with *), got {path!r}")
    start_at = _number(data, "start_at", 0, 1e11)
    end_at = _number(data, "end_at", 0, 1e11)
    after_s, for_s = _number(data, "after_s", 0, 1e9), _number(data, "for_s", 0, 1e9)
    if after_s is not None:
        start_at = now + after_s
    if for_s is not None:
        end_at = (start_at if start_at is not None else now) + for_s
    if start_at is not None and end_at is not None and end_at <= start_at:
        raise FaultError("the window ends before it starts: end_at must be after start_at")
    latency = parse_latency(data["latency"]) if data.get("latency") is not None else None
    if action == "latency" and latency is None:
        raise FaultError("a latency rule needs latency: milliseconds, or {distribution, ...}")
    status = _integer(data, "status", 100, 599)
    code = _integer(data, "code", -(2**31), 2**31 - 1)
    if action == "error" and status is None and code is None:
        raise FaultError("an error rule needs status (HTTP) or code (a JSON-RPC error code)")
    message = data.get("message")
    if message is not None and not isinstance(message, str):
        raise FaultError("message must be a string")
    seed = _integer(data, "seed", -(2**63), 2**63 - 1)
    rule = FaultRule(
        id=rule_id,
        target=target,
        action=action,
        api=api,
        tenant=tenant,
        operation=operation,
        method=method.upper() if method else None,
        path=path,
        probability=_number(data, "probability", 0, 1, 1.0),
        count=_integer(data, "count", 1, 10**9),
        start_at=start_at,
        end_at=end_at,
        status=status,
        code=code,
        message=message,
        data=data.get("data"),
        latency=latency,
        hold_s=_number(data, "hold_s", 0, MAX_HOLD_S, DEFAULT_HOLD_S),
        seed=rule_id if seed is None else seed,  # deterministic by default: rule 1 always draws alike
    )
    rule._rng = random.Random(rule.seed)
    return rule
