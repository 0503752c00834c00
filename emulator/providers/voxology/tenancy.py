"""Where Voxology state lives: accounts, applications (one API key each), and their Sub Account scopes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ...core.store import Document, Store

API_ID = "voxology"
DIRECTORY = API_ID  # namespace of accounts, applications, API keys and the global number registry
PARENT = 0  # the subaccount_id Voxology reports for the application itself

DEFAULT_APP_SETTINGS: dict[str, Any] = {
    # Outbound calls are answered at once by a live person; "ring" leaves them ringing for the control API.
    "answer": "answer",
    "answered_by": "live_person",
    # Outbound messages go accepted -> queued -> sent -> delivered at once; "undelivered"/"failed" stop there.
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
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def iso_ts(ts: float) -> str:
    return iso(datetime.fromtimestamp(ts, tz=UTC))


def parse_time(text: str) -> float | None:
    """An ISO 8601 date or date-time as a timestamp; None when it is not one."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


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
