"""A real PostgreSQL server for the tests: Debian's binaries, a throw-away cluster on a Unix socket.

initdb refuses to run as root, so as root (CI) the cluster belongs to the `postgres` user the Debian
package creates. Nothing listens on TCP: the socket sits in the cluster's own folder, so parallel test
runs never collide. Durability settings are off: the tests kill emulator processes, never the server.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

BIN_GLOB = "/usr/lib/postgresql/*/bin"
USER = "switchboard"
PORT = 5432  # only names the socket file: no TCP listener
INSTALL = "install Debian's postgresql package (apt-get install -y postgresql) to run the store tests"


def _bin_dir() -> Path:
    found = sorted(glob.glob(BIN_GLOB), key=lambda p: int(Path(p).parent.name.split(".")[0]))
    if found:
        return Path(found[-1])
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError(f"no PostgreSQL server binaries ({BIN_GLOB} or initdb on PATH): {INSTALL}")


@dataclass
class PostgresServer:
    root: Path
    bin_dir: Path
    as_user: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@/{database}?host={self.root}&port={PORT}"

    def create_database(self) -> str:
        """A new empty world: a schema of its own (much quicker to make than a database), which the
        URL puts first on the search path."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')  # type: ignore[arg-type]
        return f"{self.url()}&options=-csearch_path%3D{name}"

    def _run(self, *command: str) -> None:
        subprocess.run([*self.as_user, *command], check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres() -> PostgresServer:
    bin_dir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="switchboard-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(root, bin_dir, as_user)
    server._run(
        str(bin_dir / "initdb"), "-D", str(server.data), "-U", USER, "-A", "trust", "--no-sync", "-E", "UTF8"
    )
    options = (
        f"-k {root} -p {PORT} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=50"
    )
    log = root / "server.log"
    server._run(str(bin_dir / "pg_ctl"), "-D", str(server.data), "-o", options, "-l", str(log), "-w", "start")
    return server
