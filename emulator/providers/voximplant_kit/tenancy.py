"""Where a Kit account's state lives in the store, and the shape of an account."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from ...core.store import Document, Store

API_ID = "voximplant-kit"
DIRECTORY = API_ID  # namespace of the account directory and of globally addressed things (conversations)

DEFAULT_ACCOUNT: dict[str, Any] = {
    "region": "eu",
    "balance": 100.0,
    "credit": 0.0,
    "currency": "USD",
    "max_lines_count": 10,
    "contact_center": True,  # PDS and agent campaigns, queues, CTI: 403 when off
    "rate_limit_per_second": 10,
    "report_delay_seconds": 2.0,  # how long an export takes before its file can be downloaded
    "price_per_minute": 0.02,
}
ACCOUNT_SETTINGS = tuple(DEFAULT_ACCOUNT)


def namespace(domain: str) -> str:
    return f"{API_ID}/{domain}"


def kit_time(moment: datetime) -> str:
    """Kit's date-time form: `YYYY-MM-DD HH:mm:ss`, UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


_KIT_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?")


def parse_kit_time(text: str) -> datetime | None:
    """`YYYY-MM-DD[ HH:mm:ss]` as UTC; None for text of another shape. A day past the month's end rolls
    over (2026-02-31 is 2026-03-03), the way PHP's date parsing does, rather than refusing a date the
    spec's pattern allows."""
    found = _KIT_TIME.fullmatch(str(text))
    if found is None:
        return None
    year, month, day = (int(found.group(i)) for i in (1, 2, 3))
    hour, minute, second = (int(found.group(i) or 0) for i in (4, 5, 6))
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    try:
        return datetime(year, month, 1, tzinfo=UTC) + timedelta(
            days=day - 1, hours=hour, minutes=minute, seconds=second
        )
    except OverflowError:
        return None


def get_account(store: Store, domain: str) -> Document | None:
    return store.get(DIRECTORY, "account", domain)


def put_account(store: Store, account: Document) -> None:
    store.put(DIRECTORY, "account", account["domain"], account)


def list_accounts(store: Store) -> list[Document]:
    return store.list(DIRECTORY, "account")


def new_account(store: Store, domain: str, token: str, settings: dict[str, Any] | None = None) -> Document:
    account: Document = {
        "domain": domain,
        "id": store.next_id(DIRECTORY, "account", start=1001),
        "tokens": [{"token": token, "read_only": False, "user_id": 1}],
        "jwt_secret": secrets.token_hex(32),
        "profile": {"language": "en", "timezone": "Europe/Berlin", "email": f"admin@{domain}.example"},
        **DEFAULT_ACCOUNT,
        **(settings or {}),
    }
    put_account(store, account)
    return account
