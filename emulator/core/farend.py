"""What the other end of a call does, for every API: the far-end model.

Per API and tenant, a rule per dialled party (a number, or an agent's or employee's id) and a tenant
default: the outcome, when it answers, how long it talks before hanging up, and the keys it presses.
Providers read it when they place a call and schedule what it says on the timeline; agents answer
through it too and are busy while on a call (`occupy` / `release`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .store import Document, Store

OUTCOMES = ("answered", "busy", "no_answer", "failed", "rejected", "machine")
DEFAULT_PARTY = "default"


@dataclass(frozen=True, slots=True)
class FarEnd:
    outcome: str = "answered"
    answer_after_s: float = 2.0  # ring time before it answers (or before busy / rejected / failed)
    talk_s: float | None = None  # then it hangs up; None: it stays until the other side ends the call
    dtmf: tuple[tuple[float, str], ...] = ()  # (seconds after answering, digits)
    details: dict[str, Any] = field(default_factory=dict)  # vendor specifics, e.g. a SIP code

    @property
    def answers(self) -> bool:
        """A person or a machine picks up (a machine answers too: voicemail)."""
        return self.outcome in ("answered", "machine")

    def to_json(self) -> Document:
        doc = asdict(self)
        doc["dtmf"] = [{"at_s": at, "digits": digits} for at, digits in self.dtmf]
        return doc


class FarEndError(ValueError):
    """A rule that does not describe a far end: the message says which field is wrong."""


def parse_far_end(data: Any, base: FarEnd | None = None) -> FarEnd:
    """A rule from JSON (`outcome`, `answer_after_s`, `talk_s`, `dtmf`: [{"at_s", "digits"}], `details`);
    absent fields keep `base`'s values."""
    if not isinstance(data, dict):
        raise FarEndError("a far-end rule is a JSON object")
    base = base or FarEnd()
    unknown = set(data) - {"outcome", "answer_after_s", "talk_s", "dtmf", "details"}
    if unknown:
        raise FarEndError(f"unknown far-end fields: {', '.join(sorted(unknown))}")
    outcome = data.get("outcome", base.outcome)
    if outcome not in OUTCOMES:
        raise FarEndError(f"outcome must be one of {', '.join(OUTCOMES)}, got {outcome!r}")
    answer_after = _seconds(data, "answer_after_s", base.answer_after_s)
    talk = data.get("talk_s", base.talk_s)
    if talk is not None:
        talk = _seconds(data, "talk_s", 0.0)
    dtmf = base.dtmf
    if "dtmf" in data:
        dtmf = _dtmf(data["dtmf"])
    details = data.get("details", base.details)
    if not isinstance(details, dict):
        raise FarEndError("details must be a JSON object")
    assert answer_after is not None
    return FarEnd(outcome, answer_after, talk, dtmf, details)


def _seconds(data: Document, name: str, default: float) -> float:
    value = data.get(name, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 86_400:
        raise FarEndError(f"{name} must be a number of seconds from 0 to 86400, got {value!r}")
    return float(value)


def _dtmf(value: Any) -> tuple[tuple[float, str], ...]:
    if not isinstance(value, list):
        raise FarEndError('dtmf must be a list of {"at_s": seconds, "digits": "123#"}')
    steps = []
    for step in value:
        if not isinstance(step, dict) or not isinstance(step.get("digits"), str):
            raise FarEndError('each dtmf step is {"at_s": seconds, "digits": "123#"}')
        if not re.fullmatch(r"[0-9*#A-Da-d]+", step["digits"]):
            raise FarEndError(f"dtmf digits are 0-9, *, # and A-D, got {step['digits']!r}")
        steps.append((_seconds(step, "at_s", 0.0), step["digits"]))
    return tuple(sorted(steps))


def party_key(party: str) -> str:
    """One spelling per party: a phone number by its digits, anything else (emails, ids) lower-cased."""
    text = str(party).strip()
    if "@" not in text and re.fullmatch(r"[+\d\s().-]+", text) and any(c.isdigit() for c in text):
        return re.sub(r"\D", "", text)
    return text.lower()


class FarEndModel:
    def __init__(self, store: Store) -> None:
        self.store = store

    @staticmethod
    def _ns(api: str, tenant: str) -> str:
        return f"farend/{api}/{tenant}"

    def rule(self, api: str, tenant: str, party: str) -> FarEnd:
        """What `party` does when called: its own rule, else the tenant's default, else the built-in one."""
        ns = self._ns(api, tenant)
        doc = self.store.get(ns, "rule", party_key(party)) or self.store.get(ns, "rule", DEFAULT_PARTY)
        return _from_doc(doc) if doc else FarEnd()

    def own_rule(self, api: str, tenant: str, party: str) -> FarEnd | None:
        doc = self.store.get(self._ns(api, tenant), "rule", party_key(party))
        return _from_doc(doc) if doc else None

    def set_rule(self, api: str, tenant: str, party: str, far_end: FarEnd) -> Document:
        key = DEFAULT_PARTY if party == DEFAULT_PARTY else party_key(party)
        doc = {"party": key, **far_end.to_json()}
        self.store.put(self._ns(api, tenant), "rule", key, doc)
        return doc

    def delete_rule(self, api: str, tenant: str, party: str) -> bool:
        key = DEFAULT_PARTY if party == DEFAULT_PARTY else party_key(party)
        return self.store.delete(self._ns(api, tenant), "rule", key)

    def rules(self, api: str, tenant: str) -> list[Document]:
        return self.store.list(self._ns(api, tenant), "rule")

    # --- who is on a call -------------------------------------------------------------------------

    def busy_with(self, api: str, tenant: str, party: str) -> str | None:
        doc = self.store.get(self._ns(api, tenant), "busy", party_key(party))
        return None if doc is None else str(doc["call"])

    def occupy(self, api: str, tenant: str, party: str, call: str) -> bool:
        """Mark `party` as on `call`; False when it is already on another one."""
        current = self.busy_with(api, tenant, party)
        if current is not None and current != call:
            return False
        self.store.put(self._ns(api, tenant), "busy", party_key(party), {"call": call})
        return True

    def release(self, api: str, tenant: str, party: str, call: str | None = None) -> None:
        """Free `party` (only from `call`, when given: a later call keeps it busy)."""
        current = self.busy_with(api, tenant, party)
        if current is not None and (call is None or current == call):
            self.store.delete(self._ns(api, tenant), "busy", party_key(party))


def _from_doc(doc: Document) -> FarEnd:
    return FarEnd(
        outcome=doc.get("outcome", "answered"),
        answer_after_s=float(doc.get("answer_after_s", 2.0)),
        talk_s=None if doc.get("talk_s") is None else float(doc["talk_s"]),
        dtmf=tuple((float(s["at_s"]), str(s["digits"])) for s in doc.get("dtmf", [])),
        details=dict(doc.get("details") or {}),
    )
