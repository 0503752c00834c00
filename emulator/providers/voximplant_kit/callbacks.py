"""Kit's callbacks (webhooks): events POSTed as JSON to every enabled subscription, through the core outbox.

Kit sends `{"callbacks": [{"hash": md5(salt + domainName + callbackName), "type": <name>, <name>: data}]}`
and retries a failed delivery up to 3 times, 5 minutes apart (the callback/create notes).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import orjson

from ...core.environment import Environment
from ...core.store import Document
from .tenancy import API_ID, kit_time

KIND = "kit_callback"
RETRY_DELAYS = (300.0, 300.0, 300.0)


def callback_hash(salt: str, domain: str, event: str) -> str:
    return hashlib.md5(f"{salt}{domain}{event}".encode()).hexdigest()


def notify(env: Environment, ns: str, domain: str, event: str, data: Document, refs: Document) -> None:
    """Queue `event` for every enabled subscription of the account that takes it."""
    # An account has at most 5 subscriptions (callback/create refuses more): bounded by configuration.
    for subscription in env.store.list(ns, "callback"):
        if not subscription["is_enabled"] or event not in subscription["callbacks"]:
            continue
        body = {
            "callbacks": [
                {"hash": callback_hash(str(subscription["salt"]), domain, event), "type": event, event: data}
            ]
        }
        env.outbox.send(
            api=API_ID,
            tenant=domain,
            kind=KIND,
            url=str(subscription["url"]),
            content=orjson.dumps(body),
            content_type="application/json",
            payload=body,
            retry_delays=RETRY_DELAYS,
            refs={**refs, "subscription_id": subscription["id"], "event": event},
        )


def events_view(env: Environment, domain: str) -> list[dict[str, Any]]:
    """The callback events of an account as the control API lists them, from the delivery log."""
    out = []
    for delivery in env.outbox.log(api=API_ID, tenant=domain):
        if delivery["kind"] != KIND:
            continue
        out.append(
            {
                "id": delivery["id"],
                "subscription_id": delivery["refs"].get("subscription_id"),
                "url": delivery["url"],
                "sent_at": kit_time(datetime.fromtimestamp(delivery["created_at"], tz=UTC)),
                "body": delivery["payload"],
                "state": delivery["state"],
                "attempts": len(delivery["attempts"]),
                "response_status": delivery["response_status"],
            }
        )
    return out
