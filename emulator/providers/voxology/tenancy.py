"""Where Voxology state lives: accounts, applications (one API key each), and their Sub Account scopes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ...core.store import Document, Store

API_ID = "voxology"
DIRECTORY = API_ID  # namespace of accounts, applications, API keys and the global number registry
PARENT = 0  # the subaccount_id Voxology reports for the application itself

DEFAULT_APP_SETTINGS: dict[str, Any] = {
    # How dialled numbers answer (`answer`, `answered_by`) is not kept here: those settings are views of the
    # far-end model's tenant default rule (farend_settings.py).
    # Outbound messages go accepted -> queued -> sending -> sent -> delivered on the clock (messages.py);
    # "sent" stops at sent, "undelivered" after it, "failed" at once.
    "message_outcome": "delivered",
    # The Make Call throttle: this many live calls per scope at most (Voxology documents the error, 400378).
    "max_live_calls": 100,
}


@dataclass(frozen=True, slots=True)
class Scope:
    """An application, or one of its Sub Accounts: everything application-level lives in one scope."""

    app_id: str
    subaccount_id: int
    account_id: str

    @property
    def ns(self) -> str:
        return f"{API_ID}/{self.app_id}/{self.subaccount_id}"

    @property
    def app_ns(self) -> str:
        return f"{API_ID}/{self.app_id}"


def account_ns(account_id: str) -> str:
    return f"{API_ID}/accounts/{account_id}"


def iso(moment: datetime) -> str:
    """Voxology's timestamp form: UTC, milliseconds, `Z`."""
    moment = moment.astimezone(UTC)
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def iso_ts(ts: float) -> str:
    return iso(datetime.fromtimestamp(ts, tz=UTC))


# The spec's IsoDateTime: a calendar date, or a date-time with optional seconds, fraction and offset.
_ISO_8601 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|([+-])(\d{2}):?(\d{2}))?)?"
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Query windows are widened by a day or an hour at most: keep their ends where datetime can still show them.
_EARLIEST = datetime(1000, 1, 1, tzinfo=UTC).timestamp()
_LATEST = datetime(9999, 12, 30, tzinfo=UTC).timestamp()


def parse_time(text: str) -> float | None:
    """An ISO 8601 date or date-time as a timestamp (UTC unless it has an offset); None when it is not one.

    A day past the end of its month runs on into the next month (2019-02-31 is March 3), as JavaScript dates
    do, rather than refusing a date the format allows."""
    found = _ISO_8601.fullmatch(text.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = found.groups()
    if not 1 <= int(month) <= 12 or int(year) < 1:
        return None
    ts = (datetime(int(year), int(month), 1, tzinfo=UTC) - _EPOCH).total_seconds()
    ts += (int(day) - 1) * 86400 + int(hour or 0) * 3600 + int(minute or 0) * 60 + int(second or 0)
    ts += float(fraction or 0)
    if sign:
        ts -= (1 if sign == "+" else -1) * (int(off_h) * 3600 + int(off_m) * 60)
    return min(max(ts, _EARLIEST), _LATEST)


def get_app_by_key(store: Store, api_key: str) -> Document | None:
    entry = store.get(DIRECTORY, "api_key", api_key)
    return None if entry is None else store.get(DIRECTORY, "app", entry["app_id"])


def get_account(store: Store, account_id: str) -> Document | None:
    return store.get(DIRECTORY, "account", account_id)


def find_account_by_user(store: Store, user: str) -> Document | None:
    """Basic users are the account ID or its username (the owner's email)."""
    found = store.get(DIRECTORY, "account", user)
    if found is not None:
        return found
    entry = store.get(DIRECTORY, "username", user.lower())
    return None if entry is None else store.get(DIRECTORY, "account", entry["account_id"])


def put_account(store: Store, account: Document) -> None:
    store.put(DIRECTORY, "account", account["id"], account)
    store.put(DIRECTORY, "username", account["username"].lower(), {"account_id": account["id"]})


def put_app(store: Store, app: Document) -> None:
    store.put(DIRECTORY, "app", app["app_id"], app)
    store.put(DIRECTORY, "api_key", app["api_key"], {"app_id": app["app_id"]})


def public(doc: Document) -> Document:
    """A stored document without the emulator's own bookkeeping (keys starting with `x_`)."""
    return {k: v for k, v in doc.items() if not k.startswith("x_")}


def paginate(items: list[Any], query: dict[str, Any]) -> tuple[list[Any], dict[str, int]]:
    page = int(query.get("page", 0))
    size = int(query.get("page_size", 25))
    total = len(items)
    pages = (total + size - 1) // size if total else 0
    chunk = items[page * size : (page + 1) * size]
    return chunk, {"current_page": page, "total_pages": pages, "total_items": total, "items_per_page": size}
