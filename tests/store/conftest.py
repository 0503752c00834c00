"""Fixtures of the store tests: one PostgreSQL server per test session, a fresh database per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from emulator.core.store import SQLiteStore
from emulator.core.store_base import Store
from emulator.core.store_postgres import PostgresStore

from .postgres_server import PostgresServer, start_postgres

BACKENDS = ("sqlite", "postgres")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_postgres()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    return postgres_server.create_database()


StoreOpener = Callable[[], Store]


@pytest.fixture(params=BACKENDS)
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreOpener]:
    """Opens stores on one shared state (an SQLite file, or one PostgreSQL database): each call a new
    connection, as another process would have."""
    opened: list[Store] = []
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")

        def opener() -> Store:
            opened.append(PostgresStore(url))
            return opened[-1]
    else:
        path = tmp_path / "state.db"

        def opener() -> Store:
            opened.append(SQLiteStore(path))
            return opened[-1]

    yield opener
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: StoreOpener) -> Store:
    return open_store()
