"""What `switchboard serve` checks before it serves: the state file and the listening socket.

Each failure is a `StartupError` whose message is one line naming what is wrong, for the command line
to print instead of a traceback.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sqlite3
import stat
from pathlib import Path

from .app import Switchboard, create_app
from .core.environment import Settings
from .startup_errors import StartupError
from .startup_postgres import open_postgres_app, postgres_has_state

__all__ = ["StartupError", "bind", "has_state", "is_loopback", "open_app", "url_host"]


def check_db_path(db: Path) -> None:
    """Refuse, with the reason, a --db path SQLite could not keep state in."""
    where = f"--db {db}"
    if db.is_dir():
        raise StartupError(f"{where}: is a directory; pass the path of a file (it is created if missing)")
    folder = db.parent
    if not folder.exists():
        raise StartupError(f"{where}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise StartupError(f"{where}: {folder} is not a folder")
    if db.exists():
        if not db.is_file():
            raise StartupError(f"{where}: is not a regular file")
        # The mode bits as well as access(): root may write anything, yet a file without write
        # permission was made read-only on purpose and is not the emulator's to change.
        if not db.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not _writable(db):
            raise StartupError(f"{where}: the file is read-only; the emulator writes its state there")
    elif not _writable(folder):
        raise StartupError(f"{where}: the folder {folder} is read-only; the state file cannot be created")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def has_state(settings: Settings) -> bool:
    """Whether the --db already holds an emulator's state (then the --seed file was applied before)."""
    if settings.db_url is not None:
        return postgres_has_state(settings.db_url)
    return settings.db_path is not None and settings.db_path.exists()


def open_app(settings: Settings) -> Switchboard:
    """The app over the state of `settings.db_path` (or `db_url`), or a StartupError naming the problem."""
    if settings.db_url is not None:
        return open_postgres_app(settings, settings.db_url)
    if settings.db_path is not None:
        check_db_path(settings.db_path)
    try:
        return create_app(settings)
    except sqlite3.DatabaseError as error:
        if settings.db_path is None:
            raise
        where = f"--db {settings.db_path}"
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise StartupError(f"{where}: the file is not an SQLite database") from None
        raise StartupError(f"{where}: cannot keep state there: {error}") from None


def bind(host: str, port: int) -> socket.socket:
    """A socket bound to host:port and listening, so that the port is known to be ours before we say so."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET  # how uvicorn picks it
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)  # uvicorn's backlog; connections made before it serves wait in it
    except OSError as error:
        sock.close()
        raise StartupError(_bind_failure(host, port, error)) from None
    sock.set_inheritable(True)
    return sock


def _bind_failure(host: str, port: int, error: OSError) -> str:
    if isinstance(error, socket.gaierror):
        return f"--host {host}: not an address or a name this machine can resolve ({error.strerror})"
    if error.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use: stop what serves it or pass another --port"
    if error.errno == errno.EACCES:
        return f"no permission to listen on port {port} of {host} (ports below 1024 need privileges)"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"--host {host}: not an address of this machine"
    return f"cannot listen on {host}:{port}: {error.strerror or error}"


def is_loopback(sock: socket.socket) -> bool:
    """Whether the socket only accepts connections from this machine (judged by the address it got)."""
    address = ipaddress.ip_address(sock.getsockname()[0].split("%", 1)[0])
    return address.is_loopback


def url_host(host: str) -> str:
    """The host as it goes into a URL: IPv6 addresses in brackets."""
    return f"[{host}]" if ":" in host else host
