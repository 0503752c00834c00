"""Start-up checks of a PostgreSQL --db: the driver is installed and the database answers."""

from __future__ import annotations

from importlib.util import find_spec

from .app import Switchboard, create_app
from .core.environment import Settings
from .core.store_factory import redacted
from .startup_errors import StartupError

INSTALL_HINT = "the PostgreSQL driver is not installed: pip install 'switchboard[postgres]'"


def _require_driver() -> None:
    if find_spec("psycopg") is None:
        raise StartupError(f"--db postgresql://...: {INSTALL_HINT}")


def postgres_has_state(url: str) -> bool:
    _require_driver()
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=10) as conn:
            row = conn.execute("SELECT to_regclass('documents') IS NOT NULL").fetchone()
            if not row or not row[0]:
                return False
            found = conn.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()
            return bool(found and found[0])
    except psycopg.Error as error:
        raise StartupError(_cannot(url, error)) from None


def open_postgres_app(settings: Settings, url: str) -> Switchboard:
    _require_driver()
    import psycopg

    try:
        return create_app(settings)
    except psycopg.Error as error:
        raise StartupError(_cannot(url, error)) from None


def _cannot(url: str, error: Exception) -> str:
    first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return f"--db {redacted(url)}: cannot keep state there: {first_line}"
