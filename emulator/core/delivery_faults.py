"""Fault rules with target "delivery": the customer's server answering an error, slow, or unreachable.

The outbox hands each attempt to this hook; a rule that fires answers in the server's place (nothing is
sent) or delays the real request. The answer goes through the outbox's usual path: logged as an attempt,
retried where the vendor retries, told to the provider's reply topic.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from .clock import Clock
from .faults import FaultBook
from .outbox import Answer, Attempt, AttemptHook
from .store import Document


def faulty_attempts(faults: FaultBook, clock: Clock) -> AttemptHook:
    async def attempt(delivery: Document, send: Attempt) -> Answer:
        path = urlsplit(str(delivery.get("url", ""))).path or "/"
        api, kind, tenant = str(delivery.get("api")), delivery.get("kind"), delivery.get("tenant")
        rule = faults.pick("delivery", api, kind, delivery["method"], path, clock.time(), tenant)
        if rule is None:
            return await send(delivery)
        timeout_s = float(delivery.get("timeout_s") or 10.0)
        delay = rule.delay_s()
        if delay >= timeout_s:  # slower than the emulator waits: it gives up, as against a real server
            await asyncio.sleep(timeout_s)
            return Answer(None, error=f"timed out after {timeout_s} s (injected latency)", timed_out=True)
        if delay > 0:
            await asyncio.sleep(delay)
        if rule.action == "latency":
            return await send(delivery)
        if rule.action == "error":
            status = rule.status or 500
            return Answer(status, rule.data, error=None)
        if rule.action == "refuse":
            return Answer(None, error="ConnectError: [Errno 111] Connection refused (injected)")
        if rule.action == "drop":
            return Answer(None, error="RemoteProtocolError: Server disconnected without sending a response.")
        # timeout: the server never answers, so the emulator's own timeout ends the attempt (not waited out)
        return Answer(None, error=f"timed out after {timeout_s} s (injected)", timed_out=True)

    return attempt
