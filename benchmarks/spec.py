"""Match the mix against the spec Prism serves: where its paths live, and that every operation exists.

Prism mounts the spec's `paths` at its root and ignores the base path of `servers`, so a spec whose server
is `https://{subdomain}.{domain}/apps/api/v1` with path `/wait_times` is served by Prism at `/wait_times`,
while the real API and the emulator serve `/apps/api/v1/wait_times`. The load sends the same operations to
both, each under the prefix where that server has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from benchmarks.mix import Mix


@dataclass(frozen=True)
class SpecMatch:
    prefix: str  # the part of the base path that the spec's path keys carry ("" or "/apps/api/v1")
    missing: list[str]  # operations of the mix the spec does not define, as "METHOD /path"


def _candidate_prefixes(base_path: str) -> list[str]:
    """The base path and every shorter leading part of it: /apps/api/v1, /apps/api, /apps, ''."""
    parts = base_path.strip("/").split("/")
    return ["/" + "/".join(parts[:n]) if n else "" for n in range(len(parts), -1, -1)]


def _defines(paths: dict[str, Any], key: str, method: str) -> bool:
    item = paths.get(key)
    return isinstance(item, dict) and method.lower() in item


def match(spec_path: Path, mix: Mix) -> SpecMatch:
    spec = yaml.load(spec_path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    paths = spec.get("paths") if isinstance(spec, dict) else None
    base = mix.base_path
    if not isinstance(paths, dict):
        return SpecMatch(prefix=base, missing=[f"{spec_path} has no paths"])
    ops = mix.operations
    best_prefix, best_missing = base, [f"{op.method} {op.target_under(base)}" for op in ops]
    for prefix in _candidate_prefixes(base):
        missing = [
            f"{op.method} {prefix}{op.path}" for op in ops if not _defines(paths, prefix + op.path, op.method)
        ]
        if len(missing) < len(best_missing):
            best_prefix, best_missing = prefix, missing
    return SpecMatch(prefix=best_prefix, missing=best_missing)
