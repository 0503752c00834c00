"""Where a CCAI customer's state lives in the store, and the shape of its configuration."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ...core.store import Document, Store

API_ID = "ccai-platform"
CUSTOMERS = API_ID  # namespace of the customer directory itself

DEFAULT_SETTINGS: dict[str, Any] = {
    "sms_enabled": True,
    "outbound_sms_enabled": True,
    # When set, an outbound call by end_user_number alone waits for the agent to attach a ticket (202).
    "require_ticket_for_outbound": False,
    "languages": ["en"],
    "max_chat_limit": 5,
    "locations": ["Mexico", "United States"],
    "roles": ["Admin", "Manager", "Agent", "Developer", "Manager Admin", "Manager Data", "Manager Team"],
    "teams": ["test team_1", "test Team 2", "test team 3"],
    # The bulk-user worker: seconds before it picks up a job (to check its scheme, or to start applying
    # it), then seconds per row while it applies an update; the job shows `in_progress` meanwhile.
    "bulk_job_delay_seconds": 2.0,
    "bulk_job_seconds_per_row": 0.05,
    # Calls: the queue takes this long to select a free agent for a queued call ...
    "assign_after_seconds": 1.0,
    # ... a leg (agent or end user) that is not answered by then fails with no answer ...
    "ring_timeout_seconds": 30.0,
    # ... and when neither far end hangs up by itself, the agent ends the call after this much talk.
    "default_talk_seconds": 120.0,
}


def setting(settings: dict[str, Any], name: str) -> Any:
    """A customer's setting; customers stored before a setting existed get its default."""
    return settings.get(name, DEFAULT_SETTINGS[name])


def namespace(subdomain: str) -> str:
    return f"{API_ID}/{subdomain}"


def iso(moment: datetime) -> str:
    """CCAI's timestamp form: UTC, milliseconds, `Z`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def get_customer(store: Store, subdomain: str) -> Document | None:
    return store.get(CUSTOMERS, "customer", subdomain)


def put_customer(store: Store, customer: Document) -> None:
    store.put(CUSTOMERS, "customer", customer["subdomain"], customer)


def list_customers(store: Store) -> list[Document]:
    return store.list(CUSTOMERS, "customer")
