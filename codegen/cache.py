"""Which clients are already what their inputs generate: a content-hash cache, one entry per client.

A client's key hashes everything its output can depend on: its spec, every file under codegen/ (the
generator's code, templates, client configs and post-generation steps, hashed as a folder so a file added
there counts without being listed), the versions of the tools that write or finish the code, and the
Python version. The entry also records a hash of the generated folder as written, so a client edited or
deleted by hand since is regenerated, not skipped: the cache can only skip work whose result is on disk.

The cache file lives outside generated/ (it is not part of any client) and is ignored by git; any
problem reading it just means generating again.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Protocol

from .apis import ROOT

CACHE_FILE = ROOT / ".codegen-cache.json"
CODEGEN_DIR = ROOT / "codegen"
_FORMAT = 1  # bump when what a key covers changes
# The tools whose version changes the bytes written: the generators and what post-processes their output.
_TOOLS = ("openapi-python-client", "ruff", "jinja2")
# Caches and build leftovers that tools write beside the code (git ignores them; no output depends on them).
_SKIPPED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", ".pdm-build"}


def _tool_versions() -> list[str]:
    found = []
    for tool in _TOOLS:
        try:
            found.append(f"{tool}=={version(tool)}")
        except PackageNotFoundError:
            found.append(f"{tool} missing")
    return found


def _files_under(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not _skipped(path.relative_to(folder).parts) and path.suffix != ".pyc"
    )


def _skipped(parts: tuple[str, ...]) -> bool:
    return any(part in _SKIPPED_PARTS or part.endswith(".egg-info") for part in parts)


def tree_hash(folder: Path) -> str:
    """Hash of every file's relative path and bytes under `folder` ('' when it does not exist)."""
    if not folder.is_dir():
        return ""
    digest = hashlib.sha256()
    for path in _files_under(folder):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class Client(Protocol):
    """What the cache needs of an Api: its identity, spec and generated folder."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def spec(self) -> Path: ...
    @property
    def client_dir(self) -> Path: ...


class GenerationCache:
    """The recorded (inputs, output) hashes per client, and whether a client can be skipped."""

    def __init__(self, path: Path = CACHE_FILE, codegen_dir: Path = CODEGEN_DIR) -> None:
        self.path = path
        self._codegen_hash = tree_hash(codegen_dir)
        self._environment = [f"format {_FORMAT}", f"python {platform.python_version()}", *_tool_versions()]
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            self._entries: dict[str, dict[str, str]] = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self._entries = {}

    def inputs_hash(self, api: Client) -> str:
        digest = hashlib.sha256()
        for part in (*self._environment, api.id, api.kind, self._codegen_hash):
            digest.update(part.encode())
            digest.update(b"\0")
        digest.update(api.spec.read_bytes())
        return digest.hexdigest()

    def is_fresh(self, api: Client) -> bool:
        """True when the client on disk is exactly what these inputs generated last time."""
        entry = self._entries.get(api.id)
        if not isinstance(entry, dict) or entry.get("inputs") != self.inputs_hash(api):
            return False
        return entry.get("output") == tree_hash(api.client_dir)

    def record(self, api: Client) -> None:
        """Remember the client just generated (call after writing it); saved at once."""
        self._entries[api.id] = {"inputs": self.inputs_hash(api), "output": tree_hash(api.client_dir)}
        self._save()

    def _save(self) -> None:
        text = json.dumps(self._entries, indent=2, sort_keys=True) + "\n"
        try:
            with tempfile.NamedTemporaryFile(
                "w", dir=self.path.parent, prefix=".codegen-cache-", delete=False, encoding="utf-8"
            ) as out:
                out.write(text)
            os.replace(out.name, self.path)  # atomic: a concurrent run reads the old file or the new one
        except OSError:
            pass  # no cache is only slower
