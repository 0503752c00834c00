"""Every request the emulator sends to a customer's server: webhooks, status callbacks, Call Flow requests.

A provider queues a delivery inside its transaction (`Outbox.send`); the timeline's runner sends it once
that transaction has committed, never the request that queued it. A delivery is claimed in the store
before it is sent, so it goes out once (retries aside), whoever is running; a claim whose process stopped
mid-send (a replica killed) is taken back after the attempt's time-out and a margin, and sent again, so
a delivery is never lost (at least once, as webhook senders promise). Destinations pass the
allow-list (`destinations`), every attempt is logged, and a provider that needs the answer (a Call Flow
asks its server what to do next) names a timeline topic that receives it.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
import orjson

from .destinations import Destinations
from .store import Document, Event, Store
from .timeline import Timeline

NAMESPACE = "outbox"
KIND = "delivery"
DELIVER = "outbox.deliver"
RECLAIM = "outbox.reclaim"
# How long after an attempt's time-out a claim still in "sending" counts as abandoned by its process.
RECLAIM_MARGIN_S = 30.0


Attempt = Callable[[Document], Awaitable["Answer"]]
AttemptHook = Callable[[Document, Attempt], Awaitable["Answer"]]


@dataclass(slots=True)
class Answer:
    """What the customer's server answered; `status` None when nothing came back."""

    status: int | None
    body: Any = None  # parsed JSON, else the text
    error: str | None = None  # why nothing (usable) came back
    timed_out: bool = False
    too_large: bool = False
    refused: bool = False  # never sent: the destination is not allowed

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300 and self.error is None


class Outbox:
    def __init__(self, store: Store, timeline: Timeline, destinations: Destinations) -> None:
        self.store = store
        self.timeline = timeline
        self.destinations = destinations
        store.index(KIND, "api", "scope", "state")
        timeline.on_async(DELIVER, self._deliver)
        timeline.on(RECLAIM, self._reclaim)
        self._in_flight: set[str] = set()  # keys this process is sending right now
        # Sends an attempt; a hook may answer instead of the customer's server (fault injection).
        self.attempt_through: AttemptHook | None = None

    def send(
        self,
        *,
        api: str,
        tenant: str,
        kind: str,
        url: str,
        method: str = "POST",
        content: bytes | str | None = None,
        content_type: str | None = None,
        payload: Any = None,
        query: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout_s: float = 10.0,
        retry_delays: Sequence[float] = (),
        max_response_bytes: int | None = None,
        reply_topic: str | None = None,
        delay_s: float = 0.0,
        refs: Document | None = None,
    ) -> Document:
        """Queue a request; `payload` is what the log shows (defaults to the content), `refs` what it is
        about (call_id, ...), `reply_topic` a timeline topic fired with {"delivery": doc} once it settles."""
        text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
        seq = self.store.next_id(NAMESPACE, KIND)
        delivery: Document = {
            "id": seq,
            "api": api,
            "tenant": tenant,
            "scope": f"{api}/{tenant}",
            "kind": kind,
            "url": url,
            "method": method.upper(),
            "headers": dict(headers or {}),
            "content_type": content_type,
            "body": text,
            "query": dict(query or {}),
            "payload": payload if payload is not None else text,
            "timeout_s": timeout_s,
            "retry_delays": list(retry_delays),
            "max_response_bytes": max_response_bytes,
            "reply_topic": reply_topic,
            "refs": dict(refs or {}),
            "state": "pending",
            "created_at": self.timeline.clock.time(),
            "attempts": [],
            "response_status": None,
            "response_body": None,
            "error": None,
        }
        self.store.put(NAMESPACE, KIND, _key(seq), delivery)
        self.timeline.after(delay_s, DELIVER, {"id": seq}, key=_key(seq))
        return delivery

    def get(self, delivery_id: int) -> Document | None:
        return self.store.get(NAMESPACE, KIND, _key(delivery_id))

    def log(self, *, api: str | None = None, tenant: str | None = None) -> list[Document]:
        if api is not None and tenant is not None:
            return self.store.find(NAMESPACE, KIND, "scope", f"{api}/{tenant}")
        if api is not None:
            return self.store.find(NAMESPACE, KIND, "api", api)
        return self.store.list(NAMESPACE, KIND)

    # --- sending (the timeline fires this) --------------------------------------------------------

    async def _deliver(self, event: Event) -> None:
        key = _key(int(event.payload["id"]))
        delivery = self.claim(key)
        if delivery is None:
            return
        self._in_flight.add(key)
        try:
            await self._attempt(key, delivery)
        finally:
            self._in_flight.discard(key)

    def claim(self, key: str) -> Document | None:
        """Take a pending delivery for sending (only one process gets it), or None."""
        with self.store.transaction():
            delivery = self.store.get(NAMESPACE, KIND, key)
            if delivery is None or delivery["state"] != "pending":
                return None
            delivery["state"] = "sending"
            self.store.put(NAMESPACE, KIND, key, delivery)
            lease = float(delivery["timeout_s"]) + RECLAIM_MARGIN_S
            self.timeline.after(lease, RECLAIM, {"id": delivery["id"]}, key=key)
        return delivery

    def _reclaim(self, event: Event) -> None:
        key = _key(int(event.payload["id"]))
        delivery = self.store.get(NAMESPACE, KIND, key)
        if delivery is None or delivery["state"] != "sending":
            return
        if key in self._in_flight:  # a slow answer, still being read here: look again later
            self.timeline.after(RECLAIM_MARGIN_S, RECLAIM, event.payload, key=key)
            return
        delivery["state"] = "pending"
        delivery["reclaimed"] = int(delivery.get("reclaimed", 0)) + 1
        self.store.put(NAMESPACE, KIND, key, delivery)
        self.timeline.after(0, DELIVER, {"id": delivery["id"]}, key=key)

    async def _attempt(self, key: str, delivery: Document) -> None:
        started = self.timeline.clock.time()
        began = time.perf_counter()
        refusal = self.destinations.refusal(delivery["url"])
        if refusal:
            answer = Answer(None, error=refusal, refused=True)
        elif self.attempt_through is not None:
            answer = await self.attempt_through(delivery, _request)
        else:
            answer = await _request(delivery)
        latency_ms = round((time.perf_counter() - began) * 1000, 3)
        with self.store.transaction():
            self.timeline.cancel(RECLAIM, key)
            delivery = self.store.get(NAMESPACE, KIND, key) or delivery
            attempt = {
                "at": started,
                "status": answer.status,
                "latency_ms": latency_ms,
                "error": answer.error,
                "timed_out": answer.timed_out,
                "too_large": answer.too_large,
            }
            delivery["attempts"] = [*delivery["attempts"], attempt]
            delivery["response_status"] = answer.status
            delivery["response_body"] = answer.body
            delivery["error"] = answer.error
            retries = delivery["retry_delays"]
            done = len(delivery["attempts"]) - 1
            if not answer.ok and not answer.refused and done < len(retries):
                delivery["state"] = "pending"
                self.store.put(NAMESPACE, KIND, key, delivery)
                self.timeline.after(float(retries[done]), DELIVER, {"id": delivery["id"]}, key=key)
                return
            delivery["state"] = "refused" if answer.refused else "delivered" if answer.ok else "failed"
            self.store.put(NAMESPACE, KIND, key, delivery)
            if delivery["reply_topic"]:
                self.timeline.after(0, delivery["reply_topic"], {"delivery": delivery})


async def _request(delivery: Document) -> Answer:
    headers = {str(k): str(v) for k, v in delivery["headers"].items()}
    if delivery["content_type"]:
        headers["Content-Type"] = delivery["content_type"]
    content = delivery["body"].encode("utf-8") if delivery["body"] is not None else None
    limit = delivery["max_response_bytes"]
    try:
        # Redirects are not followed: a 3xx could otherwise lead anywhere the allow-list forbids.
        async with httpx.AsyncClient(
            timeout=delivery["timeout_s"], follow_redirects=False, verify=_tls_context()
        ) as client:
            response = await client.request(
                delivery["method"],
                delivery["url"],
                headers=headers,
                content=content,
                params=delivery["query"] or None,
            )
    except httpx.TimeoutException as error:
        return Answer(None, error=f"timed out after {delivery['timeout_s']} s: {error}", timed_out=True)
    except httpx.HTTPError as error:
        return Answer(None, error=f"{type(error).__name__}: {error}")
    if limit is not None and len(response.content) > limit:
        return Answer(response.status_code, error=f"the answer exceeded {limit} bytes", too_large=True)
    body: Any = None
    if response.content:
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = response.text
    return Answer(response.status_code, body)


@cache
def _tls_context() -> ssl.SSLContext:
    """Built once: loading the CA bundle takes tens of milliseconds, which every callback would block on."""
    return httpx.create_ssl_context()


def answer_of(delivery: Document) -> Answer:
    """A settled delivery's answer, as a reply topic's handler reads it."""
    last = delivery["attempts"][-1] if delivery["attempts"] else {}
    error = delivery.get("error")
    return Answer(
        delivery.get("response_status"),
        delivery.get("response_body"),
        error,
        timed_out=bool(last.get("timed_out")),
        too_large=bool(last.get("too_large")),
        refused=delivery.get("state") == "refused",
    )


def _key(seq: int) -> str:
    return f"{seq:012d}"
