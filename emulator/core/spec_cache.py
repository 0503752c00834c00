"""Parsed specs kept on disk by the hash of their text, so a start-up after the first skips YAML parsing.

The cache is a pickle of exactly what PyYAML built (int keys and dates included), written atomically
to a folder of the user's own (`$SWITCHBOARD_CACHE_DIR`, else `$XDG_CACHE_HOME/switchboard` or
~/.cache/switchboard); any problem with it just means parsing the YAML again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FORMAT = 1  # bump when what is cached changes shape


def cache_dir() -> Path:
    override = os.environ.get("SWITCHBOARD_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "switchboard" / "specs"


def cached_parse(text: bytes, parse: Callable[[bytes], Any]) -> Any:
    """`parse(text)`, from the cache when this exact text was parsed before."""
    digest = hashlib.sha256(text).hexdigest()[:32]
    path = cache_dir() / f"spec-{_FORMAT}-{digest}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # our own file in the user's cache folder, named by its source's hash
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    document = parse(text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".spec-", delete=False) as out:
            pickle.dump(document, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)  # atomic: a concurrent start-up reads the old file or the whole new one
    except OSError:
        pass
    return document
