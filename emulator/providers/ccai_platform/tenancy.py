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
    # Seconds the bulk-user worker takes to check a scheme and to apply an update.
    "bulk_job_delay_seconds": 0.0,
}


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
