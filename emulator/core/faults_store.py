"""Fault rules kept in the store: for processes that share one, so that a rule posted to any of them
applies to the requests and deliveries of all, and counts its firings once.

Each rule is a document holding what it was created from, its counts and its random generator's state,
so that it draws as it would in one process. Whether any rule is in force is a number the processes
share with the clock (`on_change` saves it, `known` is set when it is read), so that a request costs
no store read while there is none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .faults import FaultBook, FaultRule, parse_rule
from .store_base import Document, Store

NAMESPACE, KIND = "faults", "rule"


class StoreFaultBook(FaultBook):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.known = 0  # rules in force, as last read from what the processes share
        self.on_change: Callable[[], None] | None = None

    @property
    def active(self) -> bool:
        return self.known > 0

    def add(self, data: dict[str, Any], now: float) -> FaultRule:
        with self.store.transaction():
            rule = parse_rule(data, self.store.next_id(NAMESPACE, KIND), now, self.operations)
            self._save(rule, data, now)
            self._changed()
        return rule

    def rules(self) -> list[FaultRule]:
        # Bounded by configuration: the rules a test added.
        return [self._load(doc) for doc in self.store.list(NAMESPACE, KIND)]

    def get(self, rule_id: int) -> FaultRule | None:
        doc = self.store.get(NAMESPACE, KIND, _key(rule_id))
        return None if doc is None else self._load(doc)

    def delete(self, rule_id: int) -> bool:
        with self.store.transaction():
            found = self.store.delete(NAMESPACE, KIND, _key(rule_id))
            self._changed()
        return found

    def clear(self) -> None:
        with self.store.transaction():
            for doc in self.store.list(NAMESPACE, KIND):  # bounded by configuration, as above
                self.store.delete(NAMESPACE, KIND, _key(int(doc["id"])))
            self._changed()

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
        """The rule that fires on this request, if any (counting it as fired, for every process)."""
        if not self.active:
            return None
        with self.store.transaction():
            for doc in self.store.list(NAMESPACE, KIND):  # bounded by configuration, as above
                rule = self._load(doc)
                if not rule.matches(target, api, operation, method, path, now, tenant):
                    continue
                rule.seen += 1
                fires = rule.probability >= 1.0 or rule._rng.random() < rule.probability
                rule.fired += fires
                self._save(rule, doc["input"], doc["created"])
                if fires:
                    return rule
        return None

    def _changed(self) -> None:
        self.known = self.store.count(NAMESPACE, KIND)
        if self.on_change is not None:
            self.on_change()

    def _save(self, rule: FaultRule, data: dict[str, Any], now: float) -> None:
        version, internal, gauss = rule._rng.getstate()
        doc: Document = {
            "id": rule.id,
            "input": data,
            "created": now,
            "fired": rule.fired,
            "seen": rule.seen,
            "rng": [version, list(internal), gauss],
        }
        self.store.put(NAMESPACE, KIND, _key(rule.id), doc)

    def _load(self, doc: Document) -> FaultRule:
        rule = parse_rule(doc["input"], int(doc["id"]), float(doc["created"]), {})
        rule.fired, rule.seen = int(doc["fired"]), int(doc["seen"])
        version, internal, gauss = doc["rng"]
        rule._rng.setstate((version, tuple(internal), gauss))
        return rule


def _key(rule_id: int) -> str:
    return f"{rule_id:09d}"
