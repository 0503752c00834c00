"""Which store a `--db` value opens: a PostgreSQL URL, an SQLite file, or nothing (SQLite in memory)."""

from __future__ import annotations

from pathlib import Path

from .store import SQLiteStore
from .store_base import Store

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(db: str) -> bool:
    return db.startswith(POSTGRES_SCHEMES)


def open_store(db_path: Path | None, db_url: str | None) -> Store:
    if db_url is not None:
        # Imported here: psycopg is needed only by those who keep state in PostgreSQL.
        from .store_postgres import PostgresStore

        return PostgresStore(db_url)
    return SQLiteStore(db_path)


def is_shared(db_path: Path | None, db_url: str | None) -> bool:
    """Whether other processes may use the same state (so what this process caches may go stale)."""
    return db_url is not None or db_path is not None


def redacted(url: str) -> str:
    """The URL without its password, for banners and error messages."""
    scheme, _, rest = url.partition("://")
    credentials, at, location = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{location}"
