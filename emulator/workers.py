"""`switchboard serve --workers N`: N processes on one listening socket, each an app on the shared store.

The parent prepares the state (schema, demo tenants, the --seed file) and binds the socket; uvicorn's
supervisor spawns the workers and restarts one that dies. A worker builds its app from the settings the
parent hands it in an environment variable (a spawned process starts afresh).
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict
from pathlib import Path
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from .core.environment import Settings
from .logs import LogLevel, configure, keep_access_log

SETTINGS_VARIABLE = "SWITCHBOARD_WORKER_SETTINGS"
PATH_FIELDS = ("db_path", "docs_dir")


def serve_workers(
    settings: Settings,
    sock: socket.socket,
    workers: int,
    log_level: LogLevel,
    access_log: bool,
    certfile: str | None,
    keyfile: str | None,
) -> None:
    os.environ[SETTINGS_VARIABLE] = json.dumps(
        {"settings": _settings_json(settings), "log_level": log_level.value, "access_log": access_log}
    )
    config = uvicorn.Config(
        "emulator.workers:worker_app",
        factory=True,
        workers=workers,
        log_level=log_level.value,
        access_log=access_log,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
    )
    Multiprocess(config, sockets=[sock]).run()


def worker_app() -> Any:
    """The app of one worker process (uvicorn calls it in each)."""
    from .app import create_app

    handed = json.loads(os.environ[SETTINGS_VARIABLE])
    configure(LogLevel(handed["log_level"]))
    keep_access_log(bool(handed["access_log"]))
    return create_app(_settings_of(handed["settings"]))


def _settings_json(settings: Settings) -> dict[str, Any]:
    data = asdict(settings)
    for name in PATH_FIELDS:
        data[name] = None if data[name] is None else str(data[name])
    data["callback_hosts"] = list(settings.callback_hosts)
    return data


def _settings_of(data: dict[str, Any]) -> Settings:
    for name in PATH_FIELDS:
        data[name] = None if data[name] is None else Path(data[name])
    data["callback_hosts"] = tuple(data["callback_hosts"])
    return Settings(**data)
